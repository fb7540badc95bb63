using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// Finds the named cities, countries and regions of a text through the gazetteer, in one pass over its tokens:
/// names with their glued clitics ("والرقة", "بالرمادي"), longest first, ambiguous ones only in context, none
/// inside an organisation's name, a compass part of a place as a region ("شمالي سوريا" → Northern Syria).
/// </summary>
public sealed class PlaceExtractor(Gazetteer gazetteer)
{
    private static readonly Lazy<HashSet<string>> Waterways = new(() => PlaceData.Lines("waterways.txt").ToHashSet(StringComparer.Ordinal));

    private readonly Lazy<PlaceMatcher> matcher = new(() => new PlaceMatcher(gazetteer.Index));

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <param name="blocked">Character spans that are names of organisations or outlets: no place inside them.</param>
    public IReadOnlyList<PlaceMention> Extract(AnalyzedText text, IReadOnlyList<(int Start, int End)> blocked)
    {
        var notPlaces = NotPlaceNames.BuiltIn;
        var blockedTokens = BlockedTokens(text, blocked.Concat(notPlaces.Find(text)));
        var candidates = matcher.Value.FindAll(text, blockedTokens);
        Disambiguation.Resolve(text, candidates, Gazetteer.Index, notPlaces);
        return candidates.Where(c => c.Accepted && c.Chosen is not null && !Waterways.Value.Contains(c.Chosen.Place.Key))
            .Select(c => Mention(text, c)).ToList();
    }

    private static PlaceMention Mention(AnalyzedText text, PlaceCandidate c)
    {
        var place = c.Chosen!.Place;
        var first = c.First;
        if (c.Valley)
        {
            place = Valleys.Region(place);
        }
        else if (c.Direction is { } direction)
        {
            // "شمال بغداد" is north of Baghdad: the city itself.
            if (c.Arabic && !c.DirectionAfter && place.Kind == PlaceKind.City)
            {
                first = c.NameFirst;
            }
            else
            {
                place = DirectionalRegions.Region(place, direction);
            }
        }
        var start = text.Tokens[first].Start;
        var end = c.End(text);
        return new PlaceMention(text.Slice(start, end), start, end, text.SentenceOf(first), place);
    }

    private static bool[] BlockedTokens(AnalyzedText text, IEnumerable<(int Start, int End)> spans)
    {
        var tokens = text.Tokens;
        var blocked = new bool[tokens.Length];
        foreach (var (start, end) in spans)
        {
            var t = FirstTokenEndingAfter(tokens, start);
            for (; t < tokens.Length && tokens[t].Start < end; t++)
            {
                blocked[t] = true;
            }
        }
        return blocked;
    }

    private static int FirstTokenEndingAfter(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
