using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

public sealed record OverviewCounts
{
    public long Documents { get; init; }

    public long Places { get; init; }

    public long Sources { get; init; }

    public long Figures { get; init; }

    public long Events { get; init; }

    public string? FirstEvent { get; init; }

    public string? LastEvent { get; init; }
}

public sealed record CategoryCount
{
    public string Category { get; init; } = "";

    public long Figures { get; init; }
}

/// <summary>The headline counts of the overview page for a filter.</summary>
public sealed class OverviewQuery(Database database)
{
    // /**s:x**/ joins the fact's sentence only for a date range (FilterSql.SentenceJoinForDates): without one, each
    // count reads its own table's index alone (a million facts, no filter: 1.53 s became 45 ms).
    private const string Sql = """
        SELECT
            (SELECT COUNT(*) FROM documents d /**docs**/) AS documents,
            (SELECT COUNT(DISTINCT pm.place_id) FROM place_mentions pm /**s:pm**/ /**places**/) AS places,
            (SELECT COUNT(DISTINCT sm.name) FROM source_mentions sm /**s:sm**/ /**sources**/) AS sources,
            (SELECT COUNT(*) FROM figures f /**s:f**/ /**figures**/) AS figures,
            (SELECT COUNT(*) FROM events e /**s:e**/ /**events**/) AS events,
            (SELECT MIN(e.date_from) FROM events e /**s:e**/ /**events**/) AS firstEvent,
            (SELECT MAX(e.date_to) FROM events e /**s:e**/ /**events**/) AS lastEvent
        """;

    private const string CategoriesSql = """
        SELECT f.category, COUNT(*) AS figures
        FROM figures f
        /**s:f**/
        /**where**/
        GROUP BY f.category
        ORDER BY figures DESC
        """;

    /// <summary>How many figures of each category the filter keeps.</summary>
    public async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "f.document_id", "s", "f");
        var sql = CategoriesSql.Replace("/**s:f**/", FilterSql.SentenceJoinForDates(filter, "f"), StringComparison.Ordinal);
        return await where.QueryAsync<CategoryCount>(database, sql, cancellationToken);
    }

    public async Task<OverviewCounts> CountsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        // Each count applies the same filter to its own table; the parameters are shared.
        var documents = FilterSql.For(filter, "d.id");
        var sql = Sql;
        foreach (var fact in new[] { "pm", "sm", "f", "e" })
        {
            sql = sql.Replace($"/**s:{fact}**/", FilterSql.SentenceJoinForDates(filter, fact), StringComparison.Ordinal);
        }
        sql = sql
            .Replace("/**docs**/", documents.Where, StringComparison.Ordinal)
            .Replace("/**places**/", FilterSql.For(filter, "pm.document_id", "s").Where, StringComparison.Ordinal)
            .Replace("/**sources**/", FilterSql.For(filter, "sm.document_id", "s").Where, StringComparison.Ordinal)
            .Replace("/**figures**/", FilterSql.For(filter, "f.document_id", "s", "f").Where, StringComparison.Ordinal)
            .Replace("/**events**/", FilterSql.For(filter, "e.document_id", "s").Where, StringComparison.Ordinal);
        var parameters = FilterSql.For(filter, "d.id", "s", "f").Parameters;
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<OverviewCounts>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
