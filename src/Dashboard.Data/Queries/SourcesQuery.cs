using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>A source with how often the filtered documents cite it, and the sentence that first does.</summary>
public sealed record SourceCount
{
    public string Name { get; init; } = "";

    public string Kind { get; init; } = "";

    public long Mentions { get; init; }

    public long Documents { get; init; }

    public long Credits { get; init; }

    public string? Title { get; init; }

    public bool Anonymous { get; init; }

    public long DocumentId { get; init; }

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

/// <summary>Who the filtered documents cite, most cited first; outlets count once per document they published.</summary>
public sealed class SourcesQuery(Database database)
{
    // MAX(title) and MAX(anonymous) would leave the bare columns on an arbitrary row: the example (and the kind) is
    // read from the first mention, by id.
    private const string MentionsSql = """
        WITH counts AS (
            SELECT sm.name, COUNT(*) AS mentions, COUNT(DISTINCT sm.document_id) AS documents,
                   SUM(sm.role = 'credit') AS credits, MAX(sm.title) AS title, MAX(sm.anonymous) AS anonymous, MIN(sm.id) AS firstMention
            FROM source_mentions sm
            JOIN sentences s ON s.id = sm.sentence_id
            /**where**/
            GROUP BY sm.name
        )
        SELECT c.name, fm.kind, c.mentions, c.documents, c.credits, c.title, c.anonymous,
               fm.document_id AS documentId, s.idx AS sentence, s.text AS sentenceText
        FROM counts c
        JOIN source_mentions fm ON fm.id = c.firstMention
        JOIN sentences s ON s.id = fm.sentence_id
        ORDER BY c.mentions DESC, c.name
        """;

    private const string OutletsSql = """
        SELECT d.outlet AS name, COUNT(*) AS documents, MIN(d.id) AS documentId
        FROM documents d
        /**where**/ AND d.outlet IS NOT NULL
        GROUP BY d.outlet
        """;

    public async Task<IReadOnlyList<SourceCount>> CountsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var mentionsWhere = FilterSql.For(filter, "sm.document_id", "s");
        var outletsWhere = FilterSql.For(filter, "d.id");
        await using var connection = await database.OpenAsync(cancellationToken);
        var sources = await mentionsWhere.QueryAsync<SourceCount>(connection, MentionsSql, cancellationToken);
        var outlets = await outletsWhere.QueryAsync<OutletRow>(connection, OutletsSql, cancellationToken);
        foreach (var outlet in outlets.Where(o => !sources.Any(s => string.Equals(s.Name, o.Name, StringComparison.OrdinalIgnoreCase))))
        {
            sources.Add(new SourceCount { Name = outlet.Name, Kind = "outlet", Mentions = outlet.Documents, Documents = outlet.Documents, Title = "publisher", DocumentId = outlet.DocumentId });
        }
        return sources.OrderByDescending(s => s.Mentions).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private sealed record OutletRow
    {
        public string Name { get; init; } = "";

        public long Documents { get; init; }

        public long DocumentId { get; init; }
    }
}
