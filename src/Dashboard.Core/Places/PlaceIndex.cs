using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>One way of naming a gazetteer entry, as stored in the trie.</summary>
internal sealed record NameHit(GazetteerEntry Entry, NameKey Key)
{
    /// <summary>A one-word name flagged ambiguous in its script; "سلطنة عمان" is plain even though "عمان" is not.</summary>
    public bool Ambiguous => Key.Words.Length == 1 && (Key.Arabic ? Entry.AmbiguousAr : Entry.AmbiguousEn);
}

/// <summary>Every Arabic and English name (and alias) of a gazetteer in one token trie.</summary>
internal sealed class PlaceIndex
{
    private readonly Dictionary<(string Country, Direction Direction), GazetteerEntry> countryParts;

    private PlaceIndex(NameTrie<NameHit> trie, Dictionary<(string, Direction), GazetteerEntry> countryParts)
    {
        Trie = trie;
        this.countryParts = countryParts;
    }

    public NameTrie<NameHit> Trie { get; }

    /// <summary>The gazetteer's region for the north or south of a country ("North Lebanon", "Southern Iraq"), if it has one.</summary>
    public GazetteerEntry? CountryPart(string country, Direction direction) => countryParts.GetValueOrDefault((country, direction));

    public static PlaceIndex Build(IEnumerable<GazetteerEntry> entries)
    {
        var list = entries.ToList();
        var trie = new NameTrie<NameHit>();
        foreach (var entry in list)
        {
            foreach (var name in entry.NamesEn.Concat(entry.NamesAr).Distinct(StringComparer.Ordinal))
            {
                foreach (var key in NameKey.Of(name))
                {
                    trie.Add(key.Words, new NameHit(entry, key));
                }
            }
        }
        return new PlaceIndex(trie, CountryParts(list));
    }

    private static Dictionary<(string, Direction), GazetteerEntry> CountryParts(List<GazetteerEntry> entries)
    {
        var countryNames = entries.Where(e => e.Place.Kind == PlaceKind.Country && e.Place.Country is not null)
            .GroupBy(e => e.Place.Country!)
            .ToDictionary(g => g.Key, g => g.First().Place.Name, StringComparer.Ordinal);
        var parts = new Dictionary<(string, Direction), GazetteerEntry>();
        foreach (var entry in entries.Where(e => e.Place.Kind == PlaceKind.Region && e.Place.Country is not null))
        {
            if (!countryNames.TryGetValue(entry.Place.Country!, out var country))
            {
                continue;
            }
            foreach (var (words, direction) in new[] { ("North", Direction.North), ("Northern", Direction.North), ("South", Direction.South), ("Southern", Direction.South) })
            {
                if (entry.Place.Name == words + " " + country)
                {
                    parts.TryAdd((entry.Place.Country!, direction), entry);
                }
            }
        }
        return parts;
    }
}
