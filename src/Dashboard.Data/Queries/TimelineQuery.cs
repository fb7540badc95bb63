using System.Text.Json;
using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>Where a fact or event was said: the document and the sentence, for provenance links.</summary>
public sealed record Provenance(long DocumentId, string DocumentTitle, string? Outlet, int Sentence, string SentenceText);

/// <summary>
/// A dated event on the timeline. Reports of the same event (same date and same places) from several documents
/// are grouped into one event with several reports.
/// </summary>
public sealed record TimelineItem(string Date, string Precision, string Label, IReadOnlyList<Provenance> Reports, IReadOnlyList<PlaceName> Places, IReadOnlyList<string> Sources)
{
    /// <summary>The Hijri date as the article wrote it, when it gave one ("15 رمضان 1437 هـ").</summary>
    public string? HijriText { get; init; }
}

public sealed record PlaceName(string Key, string Name, string NameAr);

/// <summary>The timeline's events for a filter, in date order.</summary>
public sealed class TimelineQuery(Database database)
{
    public const int MaxEvents = 2000;

    private const string EventsSql = """
        SELECT e.sentence_id AS sentenceId, e.date, e.precision, e.label, e.place_signature AS placeSignature,
               e.document_id AS documentId, d.title AS documentTitle, d.outlet, s.idx AS sentence, s.text AS sentenceText
        FROM events e
        JOIN sentences s ON s.id = e.sentence_id
        JOIN documents d ON d.id = e.document_id
        /**where**/
        ORDER BY e.date_from, e.document_id, s.idx
        LIMIT @limit
        """;

    // The lookups read the mentions of the events shown only (at most MaxEvents sentences, passed as one JSON array),
    // each through its sentence index, rather than joining every event the filter matches.
    internal const string PlacesSql = """
        SELECT DISTINCT pm.sentence_id AS sentenceId, p.key, p.name, p.name_ar AS nameAr
        FROM place_mentions pm
        JOIN places p ON p.id = pm.place_id
        WHERE pm.sentence_id IN (SELECT value FROM json_each(@sentences))
        """;

    internal const string SourcesSql = """
        SELECT DISTINCT sm.sentence_id AS sentenceId, sm.name
        FROM source_mentions sm
        WHERE sm.sentence_id IN (SELECT value FROM json_each(@sentences))
        """;

    internal const string HijriSql = """
        SELECT dm.sentence_id AS sentenceId, dm.value AS date, dm.text
        FROM date_mentions dm
        WHERE dm.sentence_id IN (SELECT value FROM json_each(@sentences)) AND dm.calendar = 'hijri'
        ORDER BY dm.id
        """;

    public async Task<IReadOnlyList<TimelineItem>> EventsAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var where = FilterSql.For(filter, "e.document_id", "s");
        where.Parameters.Add("limit", MaxEvents);
        await using var connection = await database.OpenAsync(cancellationToken);
        var events = await where.QueryAsync<EventRow>(connection, EventsSql, cancellationToken);
        var sentences = new { sentences = JsonSerializer.Serialize(events.Select(e => e.SentenceId).Distinct()) };
        var places = (await connection.QueryAsync<SentencePlace>(new CommandDefinition(PlacesSql, sentences, cancellationToken: cancellationToken)))
            .ToLookup(p => p.SentenceId);
        var sources = (await connection.QueryAsync<SentenceSource>(new CommandDefinition(SourcesSql, sentences, cancellationToken: cancellationToken)))
            .ToLookup(s => s.SentenceId);
        var hijri = (await connection.QueryAsync<SentenceHijri>(new CommandDefinition(HijriSql, sentences, cancellationToken: cancellationToken)))
            .ToLookup(h => (h.SentenceId, h.Date));

        // One event per date and set of places across documents; sentences naming no place group within their document.
        return events
            .GroupBy(e => e.PlaceSignature.Length == 0 ? $"{e.Date}|document:{e.DocumentId}" : $"{e.Date}|{e.PlaceSignature}")
            .Select(g => new TimelineItem(
                g.First().Date,
                g.First().Precision,
                g.First().Label,
                g.Select(e => new Provenance(e.DocumentId, e.DocumentTitle, e.Outlet, (int)e.Sentence, e.SentenceText)).ToList(),
                g.SelectMany(e => places[e.SentenceId]).DistinctBy(p => p.Key).Select(p => new PlaceName(p.Key, p.Name, p.NameAr)).ToList(),
                g.SelectMany(e => sources[e.SentenceId]).Select(s => s.Name).Distinct().ToList())
            {
                HijriText = g.SelectMany(e => hijri[(e.SentenceId, e.Date)]).Select(h => h.Text).FirstOrDefault(),
            })
            .ToList();
    }

    private sealed record EventRow
    {
        public long SentenceId { get; init; }

        public string Date { get; init; } = "";

        public string Precision { get; init; } = "";

        public string Label { get; init; } = "";

        public string PlaceSignature { get; init; } = "";

        public long DocumentId { get; init; }

        public string DocumentTitle { get; init; } = "";

        public string? Outlet { get; init; }

        public long Sentence { get; init; }

        public string SentenceText { get; init; } = "";
    }

    private sealed record SentencePlace
    {
        public long SentenceId { get; init; }

        public string Key { get; init; } = "";

        public string Name { get; init; } = "";

        public string NameAr { get; init; } = "";
    }

    private sealed record SentenceHijri
    {
        public long SentenceId { get; init; }

        public string Date { get; init; } = "";

        public string Text { get; init; } = "";
    }

    private sealed record SentenceSource
    {
        public long SentenceId { get; init; }

        public string Name { get; init; } = "";
    }
}
