using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// One left-to-right pass over the tokens that finds every gazetteer name, longest first ("الولايات المتحدة",
/// "New York" not "York"), with the spelling checks that are certain: an Arabic name's article, an English
/// name's capitals. Whether an ambiguous name is meant as a place is left to <see cref="Disambiguation"/>.
/// </summary>
internal sealed class PlaceMatcher(PlaceIndex index)
{
    // Lower-case words allowed inside an English name after its first capitalised word.
    private static readonly HashSet<string> LowerInsideNames = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "al", "el", "e", "de", "la", "le", "du", "des", "da", "di", "del", "bin", "ibn", "bani",
        "an", "ar", "as", "ash", "at", "az", "ad", "ed", "en", "es", "et", "i", "y", "sur", "am", "upon", "on",
        "region", "province", "governorate", "state", "city", "strip", "district", "camp", "island", "islands",
        "desert", "sea", "ocean", "gulf", "bay", "mountains", "peninsula", "square", "crossing", "valley", "oasis",
        "refugee", "air", "base", "airfield", "port", "coast", "heights", "plain",
    };

    /// <summary>Every place name in the text, outside the blocked tokens, in text order.</summary>
    public List<PlaceCandidate> FindAll(AnalyzedText text, bool[] blocked)
    {
        var candidates = new List<PlaceCandidate>();
        var found = new List<TrieMatch<NameHit>>();
        var i = 0;
        while (i < text.Tokens.Length)
        {
            if (blocked[i] || !text.Tokens[i].IsWord)
            {
                i++;
                continue;
            }
            var match = LongestAt(text, i, blocked, found);
            var directional = DirectionalRegions.At(text, i, this, blocked, found);
            if (directional is not null && (match is null || directional.Last > match.Last))
            {
                match = directional;
            }
            if (Valleys.At(text, i, this, blocked, found) is { } valley && (match is null || valley.Last > match.Last))
            {
                match = valley;
            }
            if (match is null || match.Last == i)
            {
                match = DirectionalRegions.WithCountryAdjective(text, i, index, blocked) ?? match;
            }
            match = match is null ? DirectionalRegions.Bare(text, i) : DirectionalRegions.WithAdjective(text, match, blocked);
            if (match is null)
            {
                i++;
                continue;
            }
            candidates.Add(match);
            i = match.Last + 1;
        }
        return candidates;
    }

    /// <summary>The longest well-spelt name starting at token <paramref name="i"/>, or null.</summary>
    public PlaceCandidate? LongestAt(AnalyzedText text, int i, bool[] blocked, List<TrieMatch<NameHit>> found)
    {
        found.Clear();
        TrieWalk.At(index.Trie, text, i, found);
        PlaceCandidate? best = null;
        foreach (var match in found)
        {
            if (blocked[match.Last] || (best is not null && (match.Last < best.Last || (match.Last == best.Last && match.PrefixLength >= best.PrefixLength))))
            {
                continue;
            }
            var hits = match.Values.Where(h => SpeltAsNamed(text, match, h)).ToList();
            if (hits.Count > 0)
            {
                best = new PlaceCandidate(match.First, match.Last, match.First, match.PrefixLength, match.TextHasArticle, hits[0].Key.Arabic, hits);
            }
        }
        return best ?? BySkeleton(text, i, blocked, found);
    }

    // A spelling the gazetteer lacks ("Deir al-Zour"): only a capitalised name, only when it points at one place.
    private PlaceCandidate? BySkeleton(AnalyzedText text, int i, bool[] blocked, List<TrieMatch<NameHit>> found)
    {
        found.Clear();
        TrieWalk.AtSkeleton(index.Skeletons, text, i, found);
        PlaceCandidate? best = null;
        foreach (var match in found)
        {
            if (blocked[match.Last] || (best is not null && match.Last <= best.Last) || match.Values.Select(h => h.Entry).Distinct().Count() != 1)
            {
                continue;
            }
            var hit = match.Values[0];
            if (CapitalsAgree(text, match, hit) && Enumerable.Range(match.First, match.Last - match.First + 1).All(t => !text.Tokens[t].IsWord || text.Tokens[t].Length >= 2))
            {
                best = new PlaceCandidate(match.First, match.Last, match.First, 0, false, false, [hit]);
            }
        }
        return best;
    }

    private static bool SpeltAsNamed(AnalyzedText text, TrieMatch<NameHit> match, NameHit hit) =>
        hit.Key.Arabic ? ArticleAgrees(match, hit) : CapitalsAgree(text, match, hit);

    // "الموصل" may be written "موصل" (after a cue word), but "جدة" is not "الجدة" (grandmother) and "سورية" is not
    // "السورية" (Syrian).
    private static bool ArticleAgrees(TrieMatch<NameHit> match, NameHit hit)
    {
        var key = hit.Key;
        var first = key.Words[0];
        if (key.HasArticle && !match.TextHasArticle)
        {
            return key.Words.Length == 1 && !hit.Entry.AmbiguousAr && ArabicWords.MayDropArticle(first);
        }
        if (!key.HasArticle && match.TextHasArticle)
        {
            // A one-word name written without ال never takes it: "السيول" (the floods) is not "سيول" (Seoul).
            return key.Words.Length > 1;
        }
        return true;
    }

    // English names are capitalised in running text: "Jordan" the country, never "jordan"; "US" but not "us".
    private static bool CapitalsAgree(AnalyzedText text, TrieMatch<NameHit> match, NameHit hit)
    {
        var content = 0;
        for (var t = match.First; t <= match.Last; t++)
        {
            var token = text.Tokens[t];
            if (!token.IsWord)
            {
                continue;
            }
            var first = text.Text[token.Start];
            if (hit.Key.UpperOnly)
            {
                if (!IsAllUpper(text, token))
                {
                    return false;
                }
                content++;
                continue;
            }
            var skippable = DirectionalRegions.IsEnglishDirection(token.Norm) || NameKey.IsLatinArticle(token.Norm, true)
                || (content == 0 && token.Norm == "the") || (content > 0 && LowerInsideNames.Contains(token.Norm));
            if (char.IsUpper(first))
            {
                content++;
            }
            else if (!skippable)
            {
                return false;
            }
        }
        return content > 0;
    }

    private static bool IsAllUpper(AnalyzedText text, Token token)
    {
        foreach (var c in text.Text.AsSpan(token.Start, token.Length - TrieWalk.PossessiveLength(token)))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
