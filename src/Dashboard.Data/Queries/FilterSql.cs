using System.Globalization;
using System.Text;
using Dapper;
using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Dashboard.Core.Text;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>
/// Turns the one <see cref="Filter"/> into a SQL condition built only from fixed fragments; every value is a
/// parameter. Places, sources, documents and free text choose documents; the date range chooses facts by the
/// days their sentence is about; categories choose figures in figure queries, and elsewhere the documents that
/// report at least one figure of those categories.
/// </summary>
internal sealed class FilterSql
{
    private readonly List<string> conditions = [];

    private FilterSql(Filter filter, string document, string? sentence, string? figure)
    {
        Parameters = new DynamicParameters();
        if (filter.Places.Count > 0)
        {
            conditions.Add($"{document} IN (SELECT pm.document_id FROM place_mentions pm JOIN places p ON p.id = pm.place_id WHERE p.key IN @filterPlaces)");
            Parameters.Add("filterPlaces", filter.Places);
        }
        if (filter.Sources.Count > 0)
        {
            conditions.Add($"({document} IN (SELECT sm.document_id FROM source_mentions sm WHERE sm.name IN @filterSources) OR {document} IN (SELECT d2.id FROM documents d2 WHERE d2.outlet IN @filterSources))");
            Parameters.Add("filterSources", filter.Sources);
        }
        if (filter.Documents.Count > 0)
        {
            conditions.Add($"{document} IN @filterDocuments");
            Parameters.Add("filterDocuments", filter.Documents);
        }
        if (SearchQuery(filter.Text) is { } search)
        {
            conditions.Add($"{document} IN (SELECT s2.document_id FROM sentence_search JOIN sentences s2 ON s2.id = sentence_search.rowid WHERE sentence_search MATCH @filterText)");
            Parameters.Add("filterText", search);
        }
        if (filter.From is not null || filter.To is not null)
        {
            var from = (filter.From ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = (filter.To ?? DateOnly.MaxValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            conditions.Add(sentence is null
                ? $"{document} IN (SELECT s3.document_id FROM sentences s3 WHERE s3.date_to >= @filterFrom AND s3.date_from <= @filterTo)"
                : $"{sentence}.date_to >= @filterFrom AND {sentence}.date_from <= @filterTo");
            Parameters.Add("filterFrom", from);
            Parameters.Add("filterTo", to);
        }
        if (filter.Categories.Count > 0)
        {
            conditions.Add(figure is null
                ? $"{document} IN (SELECT fc.document_id FROM figures fc WHERE fc.category IN @filterCategories)"
                : $"{figure}.category IN @filterCategories");
            Parameters.Add("filterCategories", filter.Categories.Select(c => c.Code()).ToList());
        }
    }

    public DynamicParameters Parameters { get; }

    /// <summary>"WHERE …" (or "WHERE 1 = 1"), to be followed by further "AND …" conditions.</summary>
    public string Where => "WHERE " + (conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions));

    /// <summary>Runs <paramref name="sql"/> with this filter on its own short-lived connection and returns the rows.</summary>
    public async Task<List<T>> QueryAsync<T>(Database database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync<T>(connection, sql, cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> with this filter on a connection the caller holds open for several queries.</summary>
    public async Task<List<T>> QueryAsync<T>(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<T>(new CommandDefinition(Apply(sql), Parameters, cancellationToken: cancellationToken))).AsList();

    /// <summary>The SQL with its /**where**/ marker replaced by this filter's WHERE clause.</summary>
    public string Apply(string sql) => sql.Replace("/**where**/", Where, StringComparison.Ordinal);

    /// <param name="document">The column holding the document id, e.g. "d.id" or "f.document_id".</param>
    /// <param name="sentence">The alias of the fact's sentence row, for the date range; null to filter documents by date.</param>
    /// <param name="figure">The alias of the figures row, for categories; null when the query is not about figures (categories then choose documents).</param>
    public static FilterSql For(Filter filter, string document, string? sentence = null, string? figure = null) =>
        new(filter, document, sentence, figure);

    /// <summary>
    /// The join of a fact's sentence (as "s"), for a query that needs the sentence only for the date range (which
    /// chooses facts by their sentence's days): "" without a range, so counts read their own table alone.
    /// </summary>
    public static string SentenceJoinForDates(Filter filter, string fact) =>
        filter.From is null && filter.To is null ? "" : $"JOIN sentences s ON s.id = {fact}.sentence_id";

    /// <summary>The free text as an FTS5 query: each normalised word a quoted term, all required.</summary>
    public static string? SearchQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var terms = SearchText.QueryTerms(text);
        if (terms.Count == 0)
        {
            return null;
        }
        var query = new StringBuilder();
        foreach (var term in terms)
        {
            query.Append(query.Length == 0 ? "" : " ").Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return query.ToString();
    }
}
