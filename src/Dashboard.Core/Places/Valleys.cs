using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// "وادي درنة", "Wadi Derna": a valley named after a town is a region of its own. The gazetteer's own valley wins
/// when it has one ("وادي رم", "وادي موسى"); otherwise the region is made up at the town.
/// </summary>
internal static class Valleys
{
    public static PlaceCandidate? At(AnalyzedText text, int i, PlaceMatcher matcher, bool[] blocked, List<TrieMatch<NameHit>> found)
    {
        var token = text.Tokens[i];
        if (!IsValleyWord(text, token) || TrieWalk.NextWord(text, i) is not { Glued: false } next || blocked[next.Index])
        {
            return null;
        }
        var town = matcher.LongestAt(text, next.Index, blocked, found);
        if (town is null || town.Arabic != token.IsArabic || town.PrefixLength > 0 || town.Entries.Any(e => e.Place.Kind != PlaceKind.City))
        {
            return null;
        }
        return new PlaceCandidate(i, town.Last, next.Index, 0, town.TextHasArticle, town.Arabic, town.Hits) { Valley = true };
    }

    /// <summary>The region for the valley of a town.</summary>
    public static Place Region(Place town) =>
        new(
            Key: string.Create(CultureInfo.InvariantCulture, $"{town.Key}~wadi"),
            Name: "Wadi " + town.Name,
            NameAr: "وادي " + town.NameAr,
            Kind: PlaceKind.Region,
            Country: town.Country,
            Lat: town.Lat,
            Lon: town.Lon)
        {
            Population = 0,
        };

    // "وادي", "ووادي", "بوادي"; "Wadi" capitalised.
    private static bool IsValleyWord(AnalyzedText text, Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }
        if (!token.IsArabic)
        {
            return token.Norm == "wadi" && char.IsUpper(text.Text[token.Start]);
        }
        foreach (var (prefix, stem) in ArabicPrefixes.Readings(token.Norm))
        {
            if (stem == "وادي" && token.Norm[..prefix] is "" or "و" or "ب" or "ف" or "ل")
            {
                return true;
            }
        }
        return false;
    }
}
