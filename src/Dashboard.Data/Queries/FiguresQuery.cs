using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>One figure with where it was said.</summary>
public sealed record FigureRow
{
    public long Id { get; init; }

    public double Value { get; init; }

    public string Unit { get; init; } = "";

    public string? Per { get; init; }

    public bool Approx { get; init; }

    public string Bound { get; init; } = "";

    public string Counted { get; init; } = "";

    public string Category { get; init; } = "";

    public string? Source { get; init; }

    public string? Date { get; init; }

    public string Text { get; init; } = "";

    public long DocumentId { get; init; }

    public string DocumentTitle { get; init; } = "";

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

public sealed record FigurePage(IReadOnlyList<FigureRow> Rows, int Total);

/// <summary>
/// The figures grid, paged and sorted on the server. Sort names map through a fixed dictionary to columns;
/// nothing from the client reaches the SQL text.
/// </summary>
public sealed class FiguresQuery(Database database)
{
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["value"] = "f.value",
        ["unit"] = "f.unit",
        ["counted"] = "f.counted",
        ["category"] = "f.category",
        ["source"] = "f.source",
        ["date"] = "f.date",
        ["document"] = "d.title",
    };

    private const string From = """
        FROM figures f
        JOIN sentences s ON s.id = f.sentence_id
        JOIN documents d ON d.id = f.document_id
        /**where**/
        """;

    private const string PageSql = """
        SELECT f.id, f.value, f.unit, f.per, f.approx, f.bound, f.counted, f.category, f.source, f.date, f.text,
               f.document_id AS documentId, d.title AS documentTitle, s.idx AS sentence, s.text AS sentenceText
        """ + "\n" + From + """

        ORDER BY /**order**/, f.id
        LIMIT @take OFFSET @skip;
        SELECT COUNT(*)
        """ + "\n" + From + ";";

    public async Task<FigurePage> PageAsync(Filter filter, string? sort, bool descending, int skip, int take, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "f.document_id", "s", "f");
        where.Parameters.Add("skip", Math.Max(0, skip));
        where.Parameters.Add("take", Math.Clamp(take, 1, 1000));
        var column = sort is not null && SortColumns.TryGetValue(sort, out var known) ? known : "f.date";
        var sql = where.Apply(PageSql).Replace("/**order**/", column + (descending ? " DESC" : " ASC"), StringComparison.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, where.Parameters, cancellationToken: cancellationToken));
        var rows = (await results.ReadAsync<FigureRow>()).AsList();
        var total = await results.ReadSingleAsync<int>();
        return new FigurePage(rows, total);
    }
}
