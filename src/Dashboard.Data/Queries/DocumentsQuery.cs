using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

public sealed record DocumentSummary
{
    public long Id { get; init; }

    public string Title { get; init; } = "";

    public string? Outlet { get; init; }

    public string Language { get; init; } = "";

    public string? Published { get; init; }

    public string PublishedBasis { get; init; } = "";

    public string? FileName { get; init; }

    public long Dates { get; init; }

    public long Figures { get; init; }

    public long Places { get; init; }

    public long Sources { get; init; }
}

/// <summary>
/// A fact as the reader highlights it: its span, its kind ("date", "figure", "place", "source") and the fields the
/// web layer describes it with in the interface language.
/// </summary>
public sealed record FactSpan
{
    public string Kind { get; init; } = "";

    public int Start { get; init; }

    public int End { get; init; }

    public int Sentence { get; init; }

    public string Text { get; init; } = "";

    /// <summary>A date's value, or a place's or source's English name.</summary>
    public string? Name { get; init; }

    /// <summary>A date's precision and calendar, a place's or source's kind.</summary>
    public string? Detail { get; init; }

    /// <summary>A place's Arabic name, a source's title, a date's calendar.</summary>
    public string? Extra { get; init; }

    public double? Number { get; init; }

    public string? Unit { get; init; }

    public string? Per { get; init; }

    public bool Approx { get; init; }

    public string? Bound { get; init; }

    public string? Counted { get; init; }

    public string? Category { get; init; }

    public string? Country { get; init; }
}

public sealed record SentenceSpan
{
    public int Index { get; init; }

    public int Start { get; init; }

    public int End { get; init; }
}

public sealed record DocumentView(DocumentSummary Summary, string Text, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<FactSpan> Facts);

/// <summary>The document list for a filter, and one document with every extracted fact for the reader.</summary>
public sealed class DocumentsQuery(Database database)
{
    // What a document list row and the reader's heading show: the document and how many facts of each kind it has.
    private const string SummarySql = """
        SELECT d.id, d.title, d.outlet, d.language, d.published, d.published_basis AS publishedBasis, d.file_name AS fileName,
               (SELECT COUNT(*) FROM date_mentions x WHERE x.document_id = d.id) AS dates,
               (SELECT COUNT(*) FROM figures x WHERE x.document_id = d.id) AS figures,
               (SELECT COUNT(*) FROM place_mentions x WHERE x.document_id = d.id) AS places,
               (SELECT COUNT(*) FROM source_mentions x WHERE x.document_id = d.id) AS sources
        FROM documents d
        """;

    private const string ListSql = SummarySql + """

        /**where**/
        ORDER BY d.published DESC, d.id DESC
        LIMIT 1000
        """;

    private const string DocumentSql = SummarySql + """
         WHERE d.id = @id;
        SELECT text FROM documents WHERE id = @id;
        SELECT idx AS "index", start, end FROM sentences WHERE document_id = @id ORDER BY idx;
        SELECT 'date' AS kind, m.start, m.end, s.idx AS sentence, m.text, m.value AS name, m.precision AS detail, m.calendar AS extra,
               NULL AS number, NULL AS unit, NULL AS per, 0 AS approx, NULL AS bound, NULL AS counted, NULL AS category, NULL AS country
            FROM date_mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.document_id = @id
        UNION ALL
        SELECT 'figure', m.start, m.end, s.idx, m.text, NULL, NULL, NULL, m.value, m.unit, m.per, m.approx, m.bound, m.counted, m.category, NULL
            FROM figures m JOIN sentences s ON s.id = m.sentence_id WHERE m.document_id = @id
        UNION ALL
        SELECT 'place', m.start, m.end, s.idx, m.text, p.name, p.kind, p.name_ar, NULL, NULL, NULL, 0, NULL, NULL, NULL, p.country
            FROM place_mentions m JOIN sentences s ON s.id = m.sentence_id JOIN places p ON p.id = m.place_id WHERE m.document_id = @id
        UNION ALL
        SELECT 'source', m.start, m.end, s.idx, m.text, m.name, m.kind, m.title, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL
            FROM source_mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.document_id = @id
        ORDER BY 2, 3;
        """;

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "d.id");
        return await where.QueryAsync<DocumentSummary>(database, ListSql, cancellationToken);
    }

    public async Task<DocumentView?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(DocumentSql, new { id }, cancellationToken: cancellationToken));
        var summary = await results.ReadSingleOrDefaultAsync<DocumentSummary>();
        if (summary is null)
        {
            return null;
        }
        var text = await results.ReadSingleAsync<string>();
        var sentences = (await results.ReadAsync<SentenceSpan>()).AsList();
        var facts = (await results.ReadAsync<FactSpan>()).AsList();
        return new DocumentView(summary, text, sentences, facts);
    }
}
