using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>Words around a name that show it is not meant as a place.</summary>
internal static class PlaceVetoes
{
    // "بن راشد", "أبو ظبي" aside (the trie takes the whole name), "bin Rashid", "عبد الجليل": a place word inside a
    // person's name.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "بن", "ابن", "بنت", "ابو", "ام", "ال", "عبد", "bin", "ibn", "bint", "abu", "umm",
    };

    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "minister", "sheikh", "prince", "king", "queen",
    };

    /// <summary>«الرياض», «الشرق الأوسط»: a name alone between guillemets is the title of a paper or channel.</summary>
    public static bool IsQuotedTitle(AnalyzedText text, PlaceCandidate c)
    {
        if (text.TokenAt(c.First - 1) is not { Kind: TokenKind.Punctuation } before || text.TokenAt(c.Last + 1) is not { Kind: TokenKind.Punctuation } after)
        {
            return false;
        }
        return before.End == text.Tokens[c.First].Start && after.Start == text.Tokens[c.Last].End
            && ((before.Norm == "«" && after.Norm == "»") || (before.Norm == "“" && after.Norm == "”" && c.Arabic));
    }

    public static bool FollowsNameParticle(AnalyzedText text, PlaceCandidate c)
    {
        var previous = c.First - 1;
        return c.PrefixLength == 0 && c.Direction is null && text.Adjacent(previous, c.First) && text.Tokens[previous].IsWord
            && NameParticles.Contains(text.Tokens[previous].Norm);
    }

    /// <summary>
    /// "U.S.-led", "US envoy", "the U.S. Navy", "its Gulf neighbours", "the US-China tech divide": an English country or
    /// region name used as a modifier, like "Iraqi forces". "Dubai-based" still says where.
    /// </summary>
    public static bool IsAttributive(AnalyzedText text, PlaceCandidate c)
    {
        if (c.Arabic || c.Direction is not null || c.Entries.Any(e => e.Place.Kind == PlaceKind.City)
            || TrieWalk.PossessiveLength(text.Tokens[c.NameLast]) > 0)
        {
            return false;
        }
        var next = c.NameLast + 1;
        var last = text.Tokens[c.NameLast];
        if (text.TokenAt(next) is { Norm: "." } stop && stop.Start == last.End)
        {
            last = stop;
            next++;
        }
        if (text.TokenAt(next) is not { } after || text.SentenceOf(next) != text.SentenceOf(c.NameLast))
        {
            return false;
        }
        if (after.Norm is "-" && after.Start == last.End && text.TokenAt(next + 1) is { IsWord: true, IsArabic: false } word && word.Start == after.End)
        {
            return char.IsLower(text.Text[word.Start]) ? word.Norm != "based" : HeadAfter(text, next + 1);
        }
        return after.Start > last.End && PlaceCues.IsEnglishAttributiveHead(after);
    }

    // "US-China tech": the second name of a hyphened pair, then the noun both qualify.
    private static bool HeadAfter(AnalyzedText text, int word) =>
        text.TokenAt(word + 1) is { IsWord: true } head && head.Start > text.Tokens[word].End && PlaceCues.IsEnglishAttributiveHead(head);

    /// <summary>"الحكومة السورية", "القوات السعودية", "اللون الرمادي": a definite adjective after a definite noun.</summary>
    public static bool LooksLikeAdjective(AnalyzedText text, PlaceCandidate c)
    {
        if (!c.Arabic || !c.TextHasArticle || c.PrefixLength > 0 || c.NameLast != c.NameFirst)
        {
            return false;
        }
        var word = c.Hits[0].Key.Words[0];
        if (c.Need == ContextNeed.None && !ArabicWords.IsNisbaShaped(word))
        {
            return false;
        }
        var previous = c.NameFirst - 1;
        if (!text.Adjacent(previous, c.NameFirst))
        {
            return false;
        }
        var prev = text.Tokens[previous];
        return ArabicWords.IsDefinite(prev) && !PlaceCues.IsArabicPlaceNoun(prev) && !PlaceCues.IsArabicPreposition(prev);
    }

    /// <summary>"الباب الرئيسي" (the main door), "العين اليمنى": an everyday word with its own adjective after it.</summary>
    public static bool TakesAnAdjective(AnalyzedText text, PlaceCandidate c)
    {
        var next = c.Last + 1;
        return c.Arabic && c.Need is ContextNeed.Common or ContextNeed.Weak && c.Direction is null && c.TextHasArticle
            && text.Adjacent(c.Last, next) && text.Tokens[next].IsArabic && ArabicWords.IsDefinite(text.Tokens[next])
            && ArabicWords.IsNisbaShaped(text.Tokens[next].Norm);
    }

    /// <summary>"Michael Jordan", "Chad Smith", "Mr Jordan": a capitalised word right before or after an ambiguous English name.</summary>
    /// <param name="inName">Tokens that are part of some matched name.</param>
    public static bool LooksLikePersonName(AnalyzedText text, PlaceCandidate c, bool[] inName)
    {
        var before = c.First - 1;
        var after = c.Last + 1;
        // "Omar al-Bashir": look past the article to the first name.
        if (before >= 1 && text.Tokens[before].Norm == "-" && NameKey.IsLatinArticle(text.Tokens[before - 1].Norm, true))
        {
            before -= 2;
        }
        else if (text.Tokens[c.First].IsWord && NameKey.IsLatinArticle(text.Tokens[c.First].Norm, true))
        {
            before = c.First - 1;
        }
        bool InOtherName(int t) => (t < c.First || t > c.Last) && inName[t];
        bool Capitalised(int t) => text.TokenAt(t) is { IsWord: true, IsArabic: false } token && char.IsUpper(text.Text[token.Start]) && !InOtherName(t);
        if (text.TokenAt(before) is { IsWord: true } title && PersonTitles.Contains(title.Norm))
        {
            return true;
        }
        // "Jordan's King Abdullah": a possessive name is not followed by its surname.
        var possessive = TrieWalk.PossessiveLength(text.Tokens[c.Last]) > 0;
        return (text.Adjacent(before, c.First) && Capitalised(before) && !PlaceCues.IsEnglishCue(text, before) && !PlaceCues.IsEnglishFunctionWord(text.Tokens[before]))
            || (!possessive && text.Adjacent(c.Last, after) && Capitalised(after));
    }
}
