using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>An outlet and how many of the filtered documents it published; <see cref="Outlet"/> is null for documents without one.</summary>
public sealed record OutletCount
{
    public string? Outlet { get; init; }

    public long Documents { get; init; }
}

/// <summary>What an exported chart's caption says besides the chart: the documents behind it and the filter's place names.</summary>
public sealed record CaptionFacts(long Documents, IReadOnlyList<OutletCount> Outlets, IReadOnlyList<PlaceName> Places)
{
    public static CaptionFacts None { get; } = new(0, [], []);
}

/// <summary>
/// The source line of an exported chart ("N documents: outlets") and the names of the places a filter names,
/// so that "place=iq-mosul" reads "Mosul" (or "الموصل") inside the image.
/// </summary>
public sealed class CaptionQuery(Database database)
{
    private const string OutletsSql = """
        SELECT d.outlet AS outlet, COUNT(*) AS documents
        FROM documents d
        /**where**/
        GROUP BY d.outlet
        ORDER BY documents DESC, d.outlet
        """;

    private const string PlacesSql = "SELECT key, name, name_ar AS nameAr FROM places WHERE key IN @keys";

    public async Task<CaptionFacts> GetAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "d.id");
        await using var connection = await database.OpenAsync(cancellationToken);
        var outlets = await where.QueryAsync<OutletCount>(connection, OutletsSql, cancellationToken);
        var places = filter.Places.Count == 0
            ? []
            : (await connection.QueryAsync<PlaceRow>(new CommandDefinition(PlacesSql, new { keys = filter.Places }, cancellationToken: cancellationToken)))
                .Select(p => new PlaceName(p.Key, p.Name, p.NameAr))
                .OrderBy(p => IndexOf(filter.Places, p.Key))
                .ToList();
        return new CaptionFacts(outlets.Sum(o => o.Documents), outlets, places);
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        return keys.Count;
    }

    private sealed record PlaceRow
    {
        public string Key { get; init; } = "";

        public string Name { get; init; } = "";

        public string NameAr { get; init; } = "";
    }
}
