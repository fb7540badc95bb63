using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>A place as the map and the place filter show it, with how often the filtered facts name it.</summary>
public sealed record PlaceCount
{
    public string Key { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameAr { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? Country { get; init; }

    public double Lat { get; init; }

    public double Lon { get; init; }

    public long Mentions { get; init; }

    public long Documents { get; init; }

    /// <summary>The first mention's document and sentence, for provenance.</summary>
    public long DocumentId { get; init; }

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

/// <summary>
/// The places named in the filtered documents: markers for the map, choices for the place filter. SQLite takes the
/// bare columns (document, sentence) from the row holding MIN(pm.id): each place comes with its first mention.
/// </summary>
public sealed class PlacesQuery(Database database)
{
    private const string Sql = """
        SELECT p.key, p.name, p.name_ar AS nameAr, p.kind, p.country, p.lat, p.lon,
               COUNT(*) AS mentions, COUNT(DISTINCT pm.document_id) AS documents,
               MIN(pm.id) AS firstMention, pm.document_id AS documentId, s.idx AS sentence, s.text AS sentenceText
        FROM place_mentions pm
        JOIN places p ON p.id = pm.place_id
        JOIN sentences s ON s.id = pm.sentence_id
        /**where**/
        GROUP BY p.id
        ORDER BY mentions DESC, p.name
        """;

    public async Task<IReadOnlyList<PlaceCount>> CountsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "pm.document_id", "s");
        return await where.QueryAsync<PlaceCount>(database, Sql, cancellationToken);
    }
}
