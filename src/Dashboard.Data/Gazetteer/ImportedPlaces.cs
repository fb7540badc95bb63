using Dapper;
using Dashboard.Core.Facts;
using Dashboard.Core.Places;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Gazetteer;

/// <summary>Places a user added to the gazetteer (from GeoNames), kept in the database beside the built-in ones.</summary>
public sealed class ImportedPlaces(Database database)
{
    public const string Origin = "geonames";

    private const string SelectSql = """
        SELECT key, kind, name, name_ar AS nameAr, country, lat, lon, population, aliases_en AS aliasesEn, aliases_ar AS aliasesAr
        FROM places WHERE origin = @origin
        """;

    private const string UpsertSql = """
        INSERT INTO places (key, kind, name, name_ar, country, lat, lon, population, origin, aliases_en, aliases_ar)
        VALUES (@key, @kind, @name, @nameAr, @country, @lat, @lon, @population, @origin, @aliasesEn, @aliasesAr)
        ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_ar = excluded.name_ar,
            country = excluded.country, lat = excluded.lat, lon = excluded.lon, population = excluded.population,
            origin = excluded.origin, aliases_en = excluded.aliases_en, aliases_ar = excluded.aliases_ar
        """;

    private const char Separator = '|';

    public IReadOnlyList<GazetteerEntry> Load()
    {
        using var connection = database.Open();
        return connection.Query<Row>(SelectSql, new { origin = Origin })
            .Select(r => new GazetteerEntry(
                new Place(r.Key, r.Name, r.NameAr, FactCodes.Parse<PlaceKind>(r.Kind), r.Country, r.Lat, r.Lon) { Population = r.Population },
                Split(r.AliasesEn).Prepend(r.Name).ToList(),
                Split(r.AliasesAr).Prepend(r.NameAr).Where(n => n.Length > 0).ToList(),
                Ambiguous: false))
            .ToList();
    }

    /// <summary>Adds or replaces places in one transaction.</summary>
    public int Save(IEnumerable<GazetteerEntry> entries)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var count = connection.Execute(UpsertSql, entries.Select(e => new
        {
            key = e.Place.Key,
            kind = e.Place.Kind.Code(),
            name = e.Place.Name,
            nameAr = e.Place.NameAr,
            country = e.Place.Country,
            lat = e.Place.Lat,
            lon = e.Place.Lon,
            population = e.Place.Population,
            origin = Origin,
            aliasesEn = string.Join(Separator, e.NamesEn.Where(n => n != e.Place.Name)),
            aliasesAr = string.Join(Separator, e.NamesAr.Where(n => n != e.Place.NameAr)),
        }), transaction);
        transaction.Commit();
        return count;
    }

    private static string[] Split(string value) => value.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record Row
    {
        public string Key { get; init; } = "";

        public string Kind { get; init; } = "";

        public string Name { get; init; } = "";

        public string NameAr { get; init; } = "";

        public string? Country { get; init; }

        public double Lat { get; init; }

        public double Lon { get; init; }

        public long? Population { get; init; }

        public string AliasesEn { get; init; } = "";

        public string AliasesAr { get; init; } = "";
    }
}
