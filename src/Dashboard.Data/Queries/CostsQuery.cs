using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>
/// One money measure: what is counted, in which currency, total or per period, with the range of values
/// reported and the report of the largest one.
/// </summary>
public sealed record CostMeasure
{
    public string Counted { get; init; } = "";

    public string Unit { get; init; } = "";

    public string? Per { get; init; }

    public long Reports { get; init; }

    public double MinValue { get; init; }

    public double MaxValue { get; init; }

    public long ApproxReports { get; init; }

    public string? LastDate { get; init; }

    public long FigureId { get; init; }

    public string Text { get; init; } = "";

    public string? Source { get; init; }

    public long DocumentId { get; init; }

    public string DocumentTitle { get; init; } = "";

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

/// <summary>A money figure reported on a day (the largest when several share the day and measure).</summary>
public sealed record CostPoint
{
    public string Date { get; init; } = "";

    public string Unit { get; init; } = "";

    public string? Per { get; init; }

    public string Counted { get; init; } = "";

    public double Value { get; init; }

    public bool Approx { get; init; }

    public string Text { get; init; } = "";

    public long DocumentId { get; init; }

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

/// <summary>Money figures aggregated for the cost charts: charts receive measures and points, not raw rows.</summary>
public sealed class CostsQuery(Database database)
{
    public const int MaxMeasures = 60;

    // SQLite returns the bare columns of the row that holds MAX(f.value), which gives each measure a source sentence.
    private const string MeasuresSql = """
        SELECT f.counted, f.unit, f.per, COUNT(*) AS reports, MIN(f.value) AS minValue, MAX(f.value) AS maxValue,
               SUM(f.approx) AS approxReports, MAX(f.date) AS lastDate,
               f.id AS figureId, f.text, f.source, f.document_id AS documentId, d.title AS documentTitle, s.idx AS sentence, s.text AS sentenceText
        FROM figures f
        JOIN sentences s ON s.id = f.sentence_id
        JOIN documents d ON d.id = f.document_id
        /**where**/ AND f.category = 'money'
        GROUP BY f.counted, f.unit, f.per
        ORDER BY maxValue DESC
        LIMIT @limit
        """;

    private const string PointsSql = """
        SELECT f.date, f.unit, f.per, f.counted, MAX(f.value) AS value, f.approx, f.text,
               f.document_id AS documentId, s.idx AS sentence, s.text AS sentenceText
        FROM figures f
        JOIN sentences s ON s.id = f.sentence_id
        /**where**/ AND f.category = 'money' AND f.date IS NOT NULL
        GROUP BY f.date, f.unit, f.per, f.counted
        ORDER BY f.date
        LIMIT 5000
        """;

    public async Task<IReadOnlyList<CostMeasure>> MeasuresAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "f.document_id", "s");
        where.Parameters.Add("limit", MaxMeasures);
        return await where.QueryAsync<CostMeasure>(database, MeasuresSql, cancellationToken);
    }

    public async Task<IReadOnlyList<CostPoint>> PointsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "f.document_id", "s");
        return await where.QueryAsync<CostPoint>(database, PointsSql, cancellationToken);
    }
}
