using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>One way of naming a gazetteer entry, as stored in the trie; <see cref="Fuzzy"/> when found by its skeleton.</summary>
internal sealed record NameHit(GazetteerEntry Entry, NameKey Key, bool Fuzzy = false)
{
    /// <summary>A one-word name flagged ambiguous in its script; "سلطنة عمان" is plain even though "عمان" is not.</summary>
    public bool Ambiguous => Key.Words.Length == 1 && (Key.Arabic ? Entry.AmbiguousAr : Entry.AmbiguousEn);
}

/// <summary>Every Arabic and English name (and alias) of a gazetteer in one token trie.</summary>
internal sealed class PlaceIndex
{
    private readonly Dictionary<(string Country, Direction Direction), GazetteerEntry> countryParts;
    private readonly Dictionary<string, NameHit?> countryAdjectives;

    // A skeleton shorter than this says too little: "Rami" and "Rome" are both "ram".
    private const int MinSkeletonLength = 6;

    private PlaceIndex(NameTrie<NameHit> trie, NameTrie<NameHit> skeletons, Dictionary<(string, Direction), GazetteerEntry> countryParts, Dictionary<string, NameHit?> countryAdjectives)
    {
        Trie = trie;
        Skeletons = skeletons;
        this.countryParts = countryParts;
        this.countryAdjectives = countryAdjectives;
    }

    public NameTrie<NameHit> Trie { get; }

    /// <summary>English names by the skeletons of their words (articles left out), for spellings the gazetteer lacks.</summary>
    public NameTrie<NameHit> Skeletons { get; }

    /// <summary>The gazetteer's region for the north or south of a country ("North Lebanon", "Southern Iraq"), if it has one.</summary>
    public GazetteerEntry? CountryPart(string country, Direction direction) => countryParts.GetValueOrDefault((country, direction));

    /// <summary>The country a normalised Arabic adjective without its article names ("جزائري" → Algeria), if only one.</summary>
    public NameHit? CountryOfAdjective(string adjective) => countryAdjectives.GetValueOrDefault(adjective);

    public static PlaceIndex Build(IEnumerable<GazetteerEntry> entries)
    {
        var list = entries.ToList();
        var trie = new NameTrie<NameHit>();
        var skeletons = new NameTrie<NameHit>();
        foreach (var entry in list)
        {
            foreach (var name in entry.NamesEn.Concat(entry.NamesAr).Distinct(StringComparer.Ordinal))
            {
                foreach (var key in NameKey.Of(name))
                {
                    trie.Add(key.Words, new NameHit(entry, key));
                    if (!key.Arabic && !key.UpperOnly)
                    {
                        var words = key.Words.Where(w => !NameKey.IsLatinArticle(w, true)).Select(NameKey.Skeleton).ToArray();
                        if (words.Sum(w => w.Length) >= MinSkeletonLength)
                        {
                            skeletons.Add(words, new NameHit(entry, key, Fuzzy: true));
                        }
                    }
                }
            }
        }
        return new PlaceIndex(trie, skeletons, CountryParts(list), CountryAdjectives(list));
    }

    // The nisba of a one-word country name: الجزائر → جزائري, سوريا → سوري, السعودية → سعودي, مصر → مصري.
    private static Dictionary<string, NameHit?> CountryAdjectives(List<GazetteerEntry> entries)
    {
        var adjectives = new Dictionary<string, NameHit?>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Place.Kind == PlaceKind.Country))
        {
            foreach (var key in entry.NamesAr.SelectMany(NameKey.Of).Where(k => k.Arabic && k.Words.Length == 1))
            {
                var adjective = Nisba(key.Words[0]);
                var hit = new NameHit(entry, key);
                adjectives[adjective] = adjectives.TryGetValue(adjective, out var other) && other?.Entry != entry ? null : hit;
            }
        }
        return adjectives;
    }

    private static string Nisba(string name)
    {
        if (name.EndsWith("يه", StringComparison.Ordinal))
        {
            return name[..^1];
        }
        var stem = name.EndsWith('ا') ? name[..^1] : name;
        return stem.EndsWith('ي') ? stem : stem + "ي";
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
