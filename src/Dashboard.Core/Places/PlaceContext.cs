using Dashboard.Core.Facts;
using Dashboard.Core.Places.GeoNames;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>Context that shows an ambiguous name is meant as a place.</summary>
internal static class PlaceContext
{
    /// <param name="countryNamed">Whether the article names the country of one of the places the name may be.</param>
    public static bool HasCue(AnalyzedText text, PlaceCandidate c, bool countryNamed) => HasCue(text, c, c.Need, countryNamed);

    /// <summary>The cue an ambiguous name needs ("إلى المرج"): enough for an everyday word already read as that place elsewhere.</summary>
    public static bool HasWeakCue(AnalyzedText text, PlaceCandidate c) => HasCue(text, c, ContextNeed.Weak, false);

    private static bool HasCue(AnalyzedText text, PlaceCandidate c, ContextNeed need, bool countryNamed)
    {
        var t = c.NameFirst;
        var previous = t - 1;
        var adjacent = text.Adjacent(previous, t);
        if (!c.Arabic)
        {
            return (adjacent && PlaceCues.IsEnglishCue(text, previous)) || IsDateline(text, c);
        }
        var prev = adjacent ? text.Tokens[previous] : default;
        var nounKind = adjacent ? PlaceCues.ArabicCueKind(prev) : null;
        // "الأهالي كلمة": with its article a word like "أهالي" or "قرب" heads nothing; "العاصمة دمشق" is apposition.
        var construct = adjacent && (nounKind is not null || !ArabicWords.IsDefinite(prev));
        var noun = construct && (PlaceCues.IsArabicPlaceNoun(prev) || NounThroughAdjective(text, previous));
        var head = construct && (PlaceCues.IsArabicHeadNoun(prev) || NounThroughAdjective(text, previous));
        var preposition = adjacent && PlaceCues.IsArabicPreposition(prev);
        switch (need)
        {
            case ContextNeed.Common:
                // "سكان الجزيرة" are the island's people unless Sudan is named; "بلدية الجزيرة" is no Sudanese state.
                var kind = CueKind(text, c);
                return head && (kind is null ? countryNamed : c.Entries.Any(e => KindAgrees(kind.Value, e.Place.Kind)));
            case ContextNeed.Weak:
                // "بالقاهرة", "لقطر": a glued ب or ل is a preposition too.
                return noun || preposition || text.Tokens[t].Norm[..c.PrefixLength].Contains('ب', StringComparison.Ordinal)
                    || text.Tokens[t].Norm[..c.PrefixLength].Contains('ل', StringComparison.Ordinal);
            case ContextNeed.Cue:
                return noun || (adjacent && prev.Norm is "في" or "الي" or "من");
        }
        // "سورية" without its article: the country after a preposition or clitic, at the start, after punctuation;
        // the adjective after a noun ("قوات سورية") or in a row of adjectives ("أميركية وسورية").
        var prefix = text.Tokens[t].Norm[..c.PrefixLength];
        if (noun || preposition || prefix.Contains('ب', StringComparison.Ordinal) || prefix.Contains('ل', StringComparison.Ordinal))
        {
            return true;
        }
        if (prefix.Length > 0)
        {
            return !(adjacent && prev.IsArabic && ArabicWords.IsNisbaShaped(prev.Norm));
        }
        return !adjacent || !prev.IsWord;
    }

    // A province is often filed under its capital: "محافظة المفرق" is the city's entry.
    private static bool KindAgrees(PlaceKind cue, PlaceKind entry) => cue == entry || (cue == PlaceKind.Region && entry == PlaceKind.City);

    /// <summary>"RIYADH, Jan 5 (Reuters) -": a dateline opens its line with the place in capitals.</summary>
    public static bool IsDateline(AnalyzedText text, PlaceCandidate c)
    {
        if (c.Arabic || !IsSentenceStart(text, c.First) || text.TokenAt(c.Last + 1) is not { Norm: "," or ":" or "-" or "–" or "—" or "(" or "/" })
        {
            return false;
        }
        for (var t = c.First; t <= c.Last; t++)
        {
            var token = text.Tokens[t];
            if (token.IsWord && text.Text.AsSpan(token.Start, token.Length).ContainsAnyInRange('a', 'z'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "تونس (وات) -", "الكويت، 5 يناير (كونا) -", "غزة ــ العربي الجديد", "Dubai: Emirates opened": a name opening its
    /// line before an agency, a date or a dash is where the story was filed, a city (Tunis, not Tunisia).
    /// </summary>
    private static bool OpensDateline(AnalyzedText text, PlaceCandidate c)
    {
        var start = text.Tokens[c.First].Start;
        if (c.First > 0 && text.Text.AsSpan(text.Tokens[c.First - 1].End, start - text.Tokens[c.First - 1].End).IndexOf('\n') < 0)
        {
            return false;
        }
        if (text.TokenAt(c.Last + 1) is not { } after || text.Text.AsSpan(text.Tokens[c.Last].End, after.Start - text.Tokens[c.Last].End).Contains('\n'))
        {
            return false;
        }
        if (after.Norm is "(" or "-" or "–" or "—" or ":" or "/" || (after.IsWord && after.Norm.Length == 0))
        {
            return true;
        }
        if (after.Norm is not ("،" or ","))
        {
            return false;
        }
        for (var t = c.Last + 2; t <= c.Last + 4 && t < text.Tokens.Length && text.SentenceOf(t) == text.SentenceOf(c.Last); t++)
        {
            if (text.Tokens[t].IsNumber)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The kind of place the cue right before the name announces ("العاصمة الأردنية عمان" → a city), if any.</summary>
    public static PlaceKind? CueKind(AnalyzedText text, PlaceCandidate c)
    {
        if (OpensDateline(text, c))
        {
            return PlaceKind.City;
        }
        var previous = c.NameFirst - 1;
        if (!text.Adjacent(previous, c.NameFirst))
        {
            return null;
        }
        if (!c.Arabic)
        {
            return PlaceCues.EnglishCueKind(text, previous);
        }
        var noun = NounThroughAdjective(text, previous) ? previous - 1 : previous;
        return PlaceCues.ArabicCueKind(text.Tokens[noun]);
    }

    // "العاصمة الأردنية عمان", "مدينة حلب": a place noun, possibly with its nisba adjective between it and the name.
    private static bool NounThroughAdjective(AnalyzedText text, int adjective) =>
        text.Tokens[adjective].IsArabic && ArabicWords.IsNisbaShaped(text.Tokens[adjective].Norm) && text.Adjacent(adjective - 1, adjective)
        && PlaceCues.IsArabicPlaceNoun(text.Tokens[adjective - 1]);

    /// <summary>Only a capitalised word that does not open its sentence says much in English: "in Chad", "Jordan and Syria".</summary>
    public static bool CapitalisedMidSentence(AnalyzedText text, PlaceCandidate c) =>
        !c.Arabic && char.IsUpper(text.Text[text.Tokens[c.NameFirst].Start]) && !IsSentenceStart(text, c.First)
        && PreviousWord(text, c.First) is { IsArabic: false }
        && !c.Entries.All(e => GeoNamesImport.IsImported(e.Place)) && !c.Hits.All(h => h.Fuzzy);

    // In an Arabic sentence a Latin word is a brand or a caption, whatever its capital.
    private static Token? PreviousWord(AnalyzedText text, int t)
    {
        var sentence = text.SentenceOfToken(t);
        for (var k = t - 1; k >= sentence.FirstToken; k--)
        {
            if (text.Tokens[k].IsWord)
            {
                return text.Tokens[k];
            }
        }
        return null;
    }

    public static bool IsSentenceStart(AnalyzedText text, int t)
    {
        var sentence = text.SentenceOfToken(t);
        for (var k = t - 1; k >= sentence.FirstToken; k--)
        {
            if (text.Tokens[k].IsWord || text.Tokens[k].IsNumber)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Two names side by side in a list: "مصر والأردن", "صيدا، صور", "Syria, Jordan and Lebanon".</summary>
    public static bool InARow(AnalyzedText text, PlaceCandidate left, PlaceCandidate right, PlaceCandidate joining)
    {
        if (text.SentenceOf(left.Last) != text.SentenceOf(right.First))
        {
            return false;
        }
        // An everyday word joins a list only with a glued "و" of its own: "وصور" yes, "وأن" (and that) is not "وان".
        if (joining.Need == ContextNeed.Common && !GluedAnd(text, joining))
        {
            return false;
        }
        var gap = right.First - left.Last - 1;
        if (gap == 0)
        {
            return right.Arabic && GluedAnd(text, right);
        }
        if (gap > 2)
        {
            return false;
        }
        for (var t = left.Last + 1; t < right.First; t++)
        {
            if (text.Tokens[t].Norm is not ("," or "،" or "و" or "and" or "or" or "او" or "/"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool GluedAnd(AnalyzedText text, PlaceCandidate c) =>
        c.Arabic && c.PrefixLength > 0 && text.Tokens[c.First].Norm[0] is 'و' or 'ف';
}
