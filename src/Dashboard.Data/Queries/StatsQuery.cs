using System.Globalization;
using Dapper;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

public sealed record DatabaseStats(
    long Documents, long Sentences, long Dates, long Figures, long PlaceMentions, long Places, long Sources, long Events,
    string? FirstPublished, string? LastPublished, int SchemaVersion)
{
    public IEnumerable<(string Name, string Value)> Rows()
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        yield return ("Documents", N(Documents));
        yield return ("Sentences", N(Sentences));
        yield return ("Dates", N(Dates));
        yield return ("Figures", N(Figures));
        yield return ("Place mentions", N(PlaceMentions));
        yield return ("Distinct places", N(Places));
        yield return ("Source mentions", N(Sources));
        yield return ("Timeline events", N(Events));
        yield return ("Published", FirstPublished is null ? "none known" : $"{FirstPublished} to {LastPublished}");
        yield return ("Schema version", SchemaVersion.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>What the database holds, in counts.</summary>
public sealed class StatsQuery(Database database)
{
    private const string Sql = """
        SELECT
            (SELECT COUNT(*) FROM documents) AS documents,
            (SELECT COUNT(*) FROM sentences) AS sentences,
            (SELECT COUNT(*) FROM date_mentions) AS dates,
            (SELECT COUNT(*) FROM figures) AS figures,
            (SELECT COUNT(*) FROM place_mentions) AS placeMentions,
            (SELECT COUNT(DISTINCT place_id) FROM place_mentions) AS places,
            (SELECT COUNT(*) FROM source_mentions) AS sources,
            (SELECT COUNT(*) FROM events) AS events,
            (SELECT MIN(published) FROM documents) AS firstPublished,
            (SELECT MAX(published) FROM documents) AS lastPublished
        """;

    public DatabaseStats Get()
    {
        using var connection = database.Open();
        var row = connection.QuerySingle(Sql);
        return new DatabaseStats(
            row.documents, row.sentences, row.dates, row.figures, row.placeMentions, row.places, row.sources, row.events,
            row.firstPublished, row.lastPublished, Migrator.CurrentVersion(connection));
    }
}
