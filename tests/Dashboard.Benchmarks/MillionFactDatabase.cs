using System.Globalization;
using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;
using Dashboard.Data.Schema;
using Dashboard.Data.Storing;

namespace Dashboard.Benchmarks;

/// <summary>
/// A SQLite file holding about a million facts (10,000 documents of 30 sentences, 25 facts of each kind per document),
/// stored through the real DocumentStore. Places and sources follow a skewed popularity, as in news. Built once and kept
/// in the temp folder (delete it to rebuild).
/// </summary>
public static class MillionFactDatabase
{
    public const int Documents = 10_000;
    public const int FactsPerKind = 25;
    private const int SentencesPerDocument = 30;

    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dashboard-bench-1m-v{Migrator.LatestVersion}.db");

    public static Database Open()
    {
        if (File.Exists(Path))
        {
            return new Database(Path).Initialize();
        }
        var building = Path + ".building";
        File.Delete(building);
        var database = new Database(building).Initialize();
        var store = new DocumentStore(database);
        var random = new Random(20160210);
        var places = Enumerable.Range(0, 400).Select(i => new Place($"bench-{i}", $"Place {i}", $"مكان {i}", (PlaceKind)(i % 3), $"C{i % 60}", random.Next(-60, 70), random.Next(-170, 170))).ToArray();
        var sources = Enumerable.Range(0, 300).Select(i => $"Source {i}").ToArray();
        for (var d = 0; d < Documents; d++)
        {
            store.Store(Article(d, random, places, sources));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, Path);
        return new Database(Path).Initialize();
    }

    private static ArticleFacts Article(int number, Random random, Place[] places, string[] sources)
    {
        var text = new StringBuilder();
        for (var s = 0; s < SentencesPerDocument; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"الخبر {number} الجملة {s} عن الحملة في المدينة والتكلفة {random.Next(1000)} وفق المصدر.\n");
        }
        var analyzed = new AnalyzedText(text.ToString());
        var published = new DateOnly(2011, 1, 1).AddDays(random.Next(15 * 365));
        (int Start, int End, int Sentence) Span()
        {
            var sentence = analyzed.Sentences[random.Next(analyzed.Sentences.Length)];
            return (sentence.Start, sentence.Start + 5, sentence.Index);
        }
        int Skewed(int count) => (int)(count * Math.Pow(random.NextDouble(), 3));
        var dates = Enumerable.Range(0, FactsPerKind).Select(_ =>
        {
            var (start, end, sentence) = Span();
            var day = published.AddDays(-random.Next(400));
            return new DateMention("x", start, end, sentence, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, false);
        }).ToList();
        var figures = Enumerable.Range(0, FactsPerKind).Select(_ =>
        {
            var (start, end, sentence) = Span();
            var category = (FigureCategory)random.Next(7);
            return new FigureMention("x", start, end, sentence, Math.Round(random.NextDouble() * 1e9), category == FigureCategory.Money ? "USD" : "people",
                random.Next(5) == 0 ? RatePeriod.Day : null, random.Next(3) == 0, $"measure {random.Next(200)}", category);
        }).ToList();
        var placeMentions = Enumerable.Range(0, FactsPerKind).Select(_ =>
        {
            var (start, end, sentence) = Span();
            return new PlaceMention("x", start, end, sentence, places[Skewed(places.Length)]);
        }).ToList();
        var sourceMentions = Enumerable.Range(0, FactsPerKind).Select(_ =>
        {
            var (start, end, sentence) = Span();
            return new SourceMention("x", start, end, sentence, sources[Skewed(sources.Length)], SourceKind.Person);
        }).ToList();
        return new ArticleFacts(
            new DocumentInfo($"Document {number}", "ar", published, PublishedBasis.Metadata, $"Outlet {number % 40}", null),
            analyzed.Text, analyzed.Sentences, dates, figures, placeMentions, sourceMentions,
            EventBuilder.Build(analyzed, dates, figures, placeMentions, sourceMentions));
    }
}
