using Dapper;
using Dashboard.Core.Facts;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly TestDatabase test = new();

    private long Count(string table)
    {
        using var connection = test.Database.Open();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    [Fact]
    public void Store_Article_KeepsEveryFactWithItsSpanAndSentence()
    {
        var outcome = new DocumentStore(test.Database).Store(SampleArticles.MosulArticle(), "mosul.txt");

        Assert.False(outcome.Duplicate);
        Assert.Equal((1, 1, 2, 1), (outcome.Dates, outcome.Figures, outcome.Places, outcome.Sources));
        using var connection = test.Database.Open();
        var figure = connection.QuerySingle("SELECT f.text, f.start, f.end, f.value, s.idx, s.text AS sentence FROM figures f JOIN sentences s ON s.id = f.sentence_id");
        Assert.Equal("5.8 مليارات دولار", (string)figure.text);
        Assert.Equal(SampleArticles.MosulText.IndexOf("5.8", StringComparison.Ordinal), (long)figure.start);
        Assert.Equal(5_800_000_000d, (double)figure.value);
        Assert.Contains("5.8 مليارات دولار", (string)figure.sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_SameTextTwice_StoresItOnce()
    {
        var store = new DocumentStore(test.Database);
        var first = store.Store(SampleArticles.MosulArticle(), "a.txt");
        var second = store.Store(SampleArticles.MosulArticle(), "copy.txt");

        Assert.True(second.Duplicate);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, Count("documents"));
        Assert.Equal(1, Count("figures"));
    }

    [Fact]
    public void Store_FailureHalfWay_LeavesNothingBehind()
    {
        var article = SampleArticles.MosulArticle();
        // A figure pointing at a sentence the article does not have: storing fails after the document and its
        // sentences were written, inside the transaction.
        var broken = article with { Figures = [.. article.Figures, article.Figures[0] with { Sentence = 99 }] };

        Assert.ThrowsAny<Exception>(() => new DocumentStore(test.Database).Store(broken));

        foreach (var table in new[] { "documents", "sentences", "date_mentions", "figures", "place_mentions", "source_mentions", "events" })
        {
            Assert.Equal(0, Count(table));
        }
        Assert.False(new DocumentStore(test.Database).Store(article).Duplicate);
    }

    [Fact]
    public void Store_PlaceNamedInTwoDocuments_IsOnePlaceRow()
    {
        var store = new DocumentStore(test.Database);
        store.Store(SampleArticles.MosulArticle());
        store.Store(SampleArticles.MosulArticle(SampleArticles.MosulText + "\nالموصل مرة أخرى."));
        Assert.Equal(2, Count("places"));
        Assert.Equal(4, Count("place_mentions"));
    }

    [Fact]
    public void Store_UnderArabicCulture_WritesInvariantDatesAndNumbers()
    {
        var previous = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        try
        {
            Thread.CurrentThread.CurrentCulture = Thread.CurrentThread.CurrentUICulture = new System.Globalization.CultureInfo("ar-SA");
            new DocumentStore(test.Database).Store(SampleArticles.MosulArticle());
            using var connection = test.Database.Open();
            Assert.Equal("2016-02-10", connection.ExecuteScalar<string>("SELECT published FROM documents"));
            Assert.Equal("2016-01-28", connection.ExecuteScalar<string>("SELECT date_from FROM date_mentions"));
            Assert.Equal(5_800_000_000d, connection.ExecuteScalar<double>("SELECT value FROM figures"));
            Assert.Equal("5800000000.0", connection.ExecuteScalar<string>("SELECT CAST(value AS TEXT) FROM figures"));
        }
        finally
        {
            (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void Store_SentenceWithResolvedDate_IsDatedByIt_OthersByThePublicationDay()
    {
        new DocumentStore(test.Database).Store(SampleArticles.MosulArticle());
        using var connection = test.Database.Open();
        var days = connection.Query<(long Idx, string From)>("SELECT idx, date_from FROM sentences ORDER BY idx").ToList();
        Assert.Equal([(0L, "2016-02-10"), (1L, "2016-01-28"), (2L, "2016-02-10")], days);
    }

    public void Dispose() => test.Dispose();
}
