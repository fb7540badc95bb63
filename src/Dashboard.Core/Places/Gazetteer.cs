using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>The places extraction can recognise, with their Arabic and English names.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltInGazetteer = new(LoadBuiltIn);

    private readonly Lazy<PlaceIndex> index;

    private readonly Lazy<Dictionary<string, Place>> countries;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        index = new Lazy<PlaceIndex>(() => PlaceIndex.Build(Entries));
        countries = new Lazy<Dictionary<string, Place>>(() => Entries
            .Select(e => e.Place)
            .Where(p => p.Kind == PlaceKind.Country && p.Country is not null)
            .DistinctBy(p => p.Country!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Country!, StringComparer.OrdinalIgnoreCase));
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public IEnumerable<Place> Places => Entries.Select(e => e.Place);

    /// <summary>The gazetteer shipped in this assembly (Places/Data/gazetteer.tsv), read on first use.</summary>
    public static Gazetteer BuiltIn => BuiltInGazetteer.Value;

    /// <summary>The names of every entry in a token trie, built on first use.</summary>
    internal PlaceIndex Index => index.Value;

    /// <summary>The country with this ISO 3166 alpha-2 code, if the gazetteer has it.</summary>
    public Place? Country(string code) => countries.Value.GetValueOrDefault(code);

    public static Gazetteer Create(IEnumerable<GazetteerEntry> entries) => new(entries.ToList());

    /// <summary>This gazetteer widened with more places (a GeoNames import); a key already present is replaced.</summary>
    public Gazetteer With(IEnumerable<GazetteerEntry> more)
    {
        var added = more.ToList();
        if (added.Count == 0)
        {
            return this;
        }
        var keys = added.Select(e => e.Place.Key).ToHashSet(StringComparer.Ordinal);
        return new(Entries.Where(e => !keys.Contains(e.Place.Key)).Concat(added).ToList());
    }

    private static Gazetteer LoadBuiltIn()
    {
        using var reader = PlaceData.Open("gazetteer.tsv");
        return new(GazetteerTsv.Read(reader));
    }
}
