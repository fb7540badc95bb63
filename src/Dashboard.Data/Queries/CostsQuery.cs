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

    // With several MIN/MAX aggregates SQLite's bare columns come from an arbitrary row, so the report shown (the
    // largest value, the lowest id among equals) is picked by a window; the aggregates span the same partition
    // (whole frame), so one sort serves both.
    private const string MeasuresSql = """
        WITH money AS (
            SELECT f.id, f.counted, f.unit, f.per, f.text, f.source, f.document_id, f.sentence_id,
                   COUNT(*) OVER measure AS reports, MIN(f.value) OVER measure AS minValue, MAX(f.value) OVER measure AS maxValue,
                   SUM(f.approx) OVER measure AS approxReports, MAX(f.date) OVER measure AS lastDate,
                   ROW_NUMBER() OVER byValue AS rank
            FROM figures f
            JOIN sentences s ON s.id = f.sentence_id
            /**where**/ AND f.category = 'money'
            WINDOW byValue AS (PARTITION BY f.counted, f.unit, f.per ORDER BY f.value DESC, f.id),
                   measure AS (byValue ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        )
        SELECT m.counted, m.unit, m.per, m.reports, m.minValue, m.maxValue, m.approxReports, m.lastDate,
               m.id AS figureId, m.text, m.source, m.document_id AS documentId, d.title AS documentTitle, s.idx AS sentence, s.text AS sentenceText
        FROM money m
        JOIN sentences s ON s.id = m.sentence_id
        JOIN documents d ON d.id = m.document_id
        WHERE m.rank = 1
        ORDER BY m.maxValue DESC
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
        var where = FilterSql.For(filter, "f.document_id", "s", "f");
        where.Parameters.Add("limit", MaxMeasures);
        return await where.QueryAsync<CostMeasure>(database, MeasuresSql, cancellationToken);
    }

    public async Task<IReadOnlyList<CostPoint>> PointsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "f.document_id", "s", "f");
        return await where.QueryAsync<CostPoint>(database, PointsSql, cancellationToken);
    }
}
