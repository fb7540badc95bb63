using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>How much context a matched name needs before it counts as a place.</summary>
internal enum ContextNeed
{
    /// <summary>The name is only a place: "بغداد", "Mosul", "سلطنة عمان".</summary>
    None,

    /// <summary>An ambiguous name: a cue word, a list of places, its country named elsewhere or, in English, a capital letter mid-sentence.</summary>
    Weak,

    /// <summary>A name written without its article ("موصل"): a place noun or a preposition right before it.</summary>
    Cue,

    /// <summary>The adjective-shaped "سورية": a preposition, a clitic, the start of a sentence; not after a noun.</summary>
    Nisba,

    /// <summary>An everyday word ("صور", "الباب", "العديد"): only a place noun right before it, or a list of places.</summary>
    Common,
}

/// <summary>A name found in the text and the gazetteer entries it may stand for.</summary>
internal sealed class PlaceCandidate(int first, int last, int nameFirst, int prefixLength, bool textHasArticle, bool arabic, IReadOnlyList<NameHit> hits)
{
    /// <summary>The first token, a compass word when <see cref="Direction"/> comes before the name.</summary>
    public int First { get; } = first;

    /// <summary>The last token, a compass adjective when <see cref="DirectionAfter"/> is set ("البقاع الشمالي").</summary>
    public int Last { get; init; } = last;

    /// <summary>The first token of the place's own name.</summary>
    public int NameFirst { get; } = nameFirst;

    /// <summary>The last token of the place's own name.</summary>
    public int NameLast { get; init; } = last;

    /// <summary>How many letters of clitics are glued to the front of the name ("وال" in "والرقة").</summary>
    public int PrefixLength { get; } = prefixLength;

    public bool TextHasArticle { get; } = textHasArticle;

    public bool Arabic { get; } = arabic;

    public IReadOnlyList<NameHit> Hits { get; } = hits;

    public IReadOnlyList<GazetteerEntry> Entries { get; } = hits.Select(h => h.Entry).Distinct().ToList();

    public Direction? Direction { get; init; }

    public bool DirectionAfter { get; init; }

    /// <summary>"وادي درنة": the valley named after the town, a region.</summary>
    public bool Valley { get; init; }

    /// <summary>"الشمال", "الجنوب" alone: the north or south of the country the article is about.</summary>
    public Direction? BareDirection { get; init; }

    public ContextNeed Need { get; set; }

    public bool Accepted { get; set; }

    /// <summary>Set when the words around it show it is not a place (an adjective, a person's name, a credit).</summary>
    public bool Vetoed { get; set; }

    public GazetteerEntry? Chosen { get; set; }

    public int End(AnalyzedText text)
    {
        var last = text.Tokens[Last];
        return last.IsArabic ? last.End : last.End - TrieWalk.PossessiveLength(last);
    }
}
