using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Facts;
using Dashboard.Data.Loading;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests.Loading;

/// <summary>One bad article never stops the others: whatever goes wrong becomes that file's failure, and nothing of it is stored.</summary>
public sealed class ArticleLoaderTests : IDisposable
{
    private const string Article = "عنوان الخبر\nقال مسؤول إن الحملة مستمرة في الموصل.\n";

    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private readonly TestDatabase test = new();
    private readonly string folder = Directory.CreateTempSubdirectory("dashboard-loader-").FullName;

    private long StoredDocuments => new StatsQuery(test.Database).Get().Documents;

    private ArticleLoader Loader(Func<string, ArticleMetadata, ArticleFacts> extract) => new(new DocumentStore(test.Database), extract);

    // Extraction that breaks on articles mentioning "boom", as a bug in an extractor would.
    private static ArticleFacts BreaksOnBoom(string text, ArticleMetadata metadata) =>
        text.Contains("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("the gazetteer is broken") : Extractor.Extract(text, metadata);

    [Fact]
    public void LoadText_ExtractionThrows_FailsWithTheReasonAndStoresNothing()
    {
        var result = Loader(BreaksOnBoom).LoadText("a.txt", Article + "boom", ArticleMetadata.None);

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.Contains("InvalidOperationException: the gazetteer is broken", result.Error, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(result.Cause);
        Assert.Equal(0, StoredDocuments);
    }

    [Fact]
    public void LoadText_StoringThrowsHalfWay_FailsAndStoresNothing()
    {
        var article = SampleArticles.MosulArticle();
        // A figure in a sentence the article does not have: the store fails after writing the document, inside its transaction.
        var broken = article with { Figures = [.. article.Figures, article.Figures[0] with { Sentence = 99 }] };

        var result = Loader((_, _) => broken).LoadText("mosul.txt", article.Text, ArticleMetadata.None);

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.NotNull(result.Cause);
        Assert.Equal(0, StoredDocuments);
    }

    [Fact]
    public void LoadFile_OneArticleThrows_TheNextIsStillLoaded()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), Article + "boom");
        File.WriteAllText(Path.Combine(folder, "b.txt"), Article);

        var results = ArticleLoader.FindArticles([folder]).Select(Loader(BreaksOnBoom).LoadFile).ToList();

        Assert.Equal([("a.txt", LoadStatus.Failed), ("b.txt", LoadStatus.Loaded)], results.Select(r => (r.Name, r.Status)));
        Assert.Equal(1, StoredDocuments);
    }

    [Fact]
    public void LoadFile_LargerThanTheDecoderTakes_FailsWithItsMessageWithoutReadingTheFile()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(TextDecoder.DefaultMaxBytes + 1L); // sparse: large on paper, nothing written
        }
        var expected = TextDecoder.Decode(new byte[TextDecoder.DefaultMaxBytes + 1], "huge.txt").Error;
        var loader = Loader(Extractor.Extract);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = loader.LoadFile(path);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal((LoadStatus.Failed, expected), (result.Status, result.Error));
        Assert.InRange(allocated, 0, 1024 * 1024);
    }

    [Fact]
    public async Task Upload_ExtractionThrows_IsAProcessingErrorWithTheReason()
    {
        var upload = new ArticleUpload(Loader(BreaksOnBoom), new DataVersion(), UploadLimits.Default);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Article + "boom");

        var result = await upload.LoadAsync("a.txt", bytes.Length, (_, _) => new MemoryStream(bytes), ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.ProcessingError), (result.Status, result.Problem));
        Assert.Equal("the gazetteer is broken", result.Error);
        Assert.Equal(0, StoredDocuments);
    }

    public void Dispose()
    {
        test.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
