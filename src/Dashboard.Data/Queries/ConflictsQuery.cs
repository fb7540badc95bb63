using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>The conflicts and total-vs-rate checks among the figures of a filter.</summary>
public sealed record ConflictReport(IReadOnlyList<FigureConflict> Conflicts, IReadOnlyList<TotalRateCheck> Checks)
{
    public static ConflictReport Empty { get; } = new([], []);

    private readonly Dictionary<long, FigureConflict> byFigure = Conflicts
        .SelectMany(c => c.Values.Select(v => (v.Figure.Id, Conflict: c)))
        .DistinctBy(x => x.Id)
        .ToDictionary(x => x.Id, x => x.Conflict);

    /// <summary>The conflict a figure is one of the values of, if any.</summary>
    public FigureConflict? ConflictOf(long figureId) => byFigure.GetValueOrDefault(figureId);
}

/// <summary>
/// Reads the figures of a filter, finds the conflicting ones (<see cref="FigureConflicts"/>) and checks totals
/// against rates (<see cref="TotalRateChecks"/>). The grouping needs the wording rules of
/// <see cref="FigureMeasure"/>, so it runs in C# over light rows: the newest <see cref="MaxFigures"/> of the filter
/// (a narrower filter reaches further back). Measured on 50,000 synthetic figures with a 25-word vocabulary (the
/// worst case for the containment index) the whole query took about 4 s on the shared two-core machine, hence
/// the cap. The sentences and titles are read afterwards, for the figures that are shown only.
/// </summary>
public sealed class ConflictsQuery(Database database)
{
    public const int MaxFigures = 20_000;

    public const int MaxConflicts = 200;

    private const string FiguresSql = """
        SELECT f.id, f.value, f.unit, f.per, f.approx, f.bound, f.counted, f.category, f.source, f.date, f.text,
               f.document_id AS documentId, s.idx AS sentence
        FROM figures f
        JOIN sentences s ON s.id = f.sentence_id
        /**where**/
        ORDER BY f.date DESC, f.id
        LIMIT @limit
        """;

    private const string ProvenanceSql = """
        SELECT f.id, d.title AS documentTitle, s.text AS sentenceText
        FROM figures f
        JOIN sentences s ON s.id = f.sentence_id
        JOIN documents d ON d.id = f.document_id
        WHERE f.id IN @ids
        """;

    // Dated mentions of the documents of the checks, with their sentence, to find the stated starts in C#.
    private const string StartsSql = """
        SELECT dm.document_id AS documentId, dm.text, dm.start, dm.date_from AS date, s.idx AS sentence, s.start AS sentenceStart, s.text AS sentenceText
        FROM date_mentions dm
        JOIN sentences s ON s.id = dm.sentence_id
        WHERE dm.document_id IN @documents AND dm.date_from IS NOT NULL
        """;

    /// <param name="withChecks">False for a view that shows the conflicts only: the total-vs-rate checks (and their reads) are skipped.</param>
    public async Task<ConflictReport> FindAsync(Filter filter, CancellationToken cancellationToken = default, bool withChecks = true)
    {
        var where = FilterSql.For(filter, "f.document_id", "s", "f");
        where.Parameters.Add("limit", MaxFigures);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await where.QueryAsync<FigureRow>(connection, FiguresSql, cancellationToken);

        var conflicts = FigureConflicts.Find(rows).Take(MaxConflicts).ToList();
        // Pair first, then read the stated starts of the paired documents only and redo the arithmetic with them.
        var pairs = withChecks ? TotalRateChecks.Pairs(rows) : [];
        var starts = await StartsAsync(connection, pairs.SelectMany(c => new[] { c.Total.DocumentId, c.Rate.DocumentId }).Distinct().ToList(), cancellationToken);
        var checks = pairs.Select(p => TotalRateChecks.Check(p.Total, p.Rate, FigureConflicts.Day(p.Total.Date), starts)).ToList();

        var shown = conflicts.SelectMany(c => c.Values.Select(v => v.Figure.Id)).Concat(checks.SelectMany(c => new[] { c.Total.Id, c.Rate.Id })).Distinct().ToList();
        var provenance = new Dictionary<long, FigureProvenance>();
        foreach (var chunk in shown.Chunk(500))
        {
            foreach (var p in await connection.QueryAsync<FigureProvenance>(new CommandDefinition(ProvenanceSql, new { ids = chunk }, cancellationToken: cancellationToken)))
            {
                provenance[p.Id] = p;
            }
        }
        FigureRow With(FigureRow row) => provenance.TryGetValue(row.Id, out var p) ? row with { DocumentTitle = p.DocumentTitle, SentenceText = p.SentenceText } : row;
        return new ConflictReport(
            conflicts.Select(c => c with { Values = c.Values.Select(v => v with { Figure = With(v.Figure) }).ToList() }).ToList(),
            checks.Select(c => c with { Total = With(c.Total), Rate = With(c.Rate) }).ToList());
    }

    // The start dates stated in the documents of the checks ("since 8 August 2014").
    private static async Task<IReadOnlyList<StatedStart>> StartsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<long> documents, CancellationToken cancellationToken)
    {
        var starts = new List<StatedStart>();
        foreach (var chunk in documents.Chunk(500))
        {
            var mentions = await connection.QueryAsync<DateMentionRow>(new CommandDefinition(StartsSql, new { documents = chunk }, cancellationToken: cancellationToken));
            starts.AddRange(mentions
                .Where(m => TotalRateChecks.IsStart(m.SentenceText[..(int)Math.Clamp(m.Start - m.SentenceStart, 0, m.SentenceText.Length)], m.Text))
                .Select(m => new StatedStart { Date = m.Date, Text = m.Text, DocumentId = m.DocumentId, Sentence = m.Sentence, SentenceText = m.SentenceText }));
        }
        return starts;
    }

    private sealed record FigureProvenance
    {
        public long Id { get; init; }

        public string DocumentTitle { get; init; } = "";

        public string SentenceText { get; init; } = "";
    }

    private sealed record DateMentionRow
    {
        public long DocumentId { get; init; }

        public string Text { get; init; } = "";

        public long Start { get; init; }

        public string Date { get; init; } = "";

        public long Sentence { get; init; }

        public long SentenceStart { get; init; }

        public string SentenceText { get; init; } = "";
    }
}
