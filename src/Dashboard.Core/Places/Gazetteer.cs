using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>The places extraction can recognise, with their Arabic and English names.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> BuiltInGazetteer = new(LoadBuiltIn);

    private readonly Lazy<PlaceIndex> index;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        index = new Lazy<PlaceIndex>(() => PlaceIndex.Build(Entries));
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public IEnumerable<Place> Places => Entries.Select(e => e.Place);

    /// <summary>The gazetteer shipped in this assembly (Places/Data/gazetteer.tsv), read on first use.</summary>
    public static Gazetteer BuiltIn => BuiltInGazetteer.Value;

    /// <summary>The names of every entry in a token trie, built on first use.</summary>
    internal PlaceIndex Index => index.Value;

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
