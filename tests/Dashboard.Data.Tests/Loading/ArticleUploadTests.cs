using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Filtering;
using Dashboard.Data.Loading;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests.Loading;

public sealed class ArticleUploadTests : IDisposable
{
    private const string Title = "افتتاح جسر جديد فوق دجلة في بغداد";

    private const string Article = Title + "\n"
        + "أعلنت وزارة النقل العراقية يوم الأحد 12 مارس 2017 افتتاح جسر جديد في بغداد بكلفة 40 مليون دولار.\n"
        + "وقال المتحدث باسم الوزارة إن الجسر سيخدم نحو 50 ألف سيارة يوميا.\n";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    private readonly TestDatabase test = new();
    private readonly DataVersion version = new();

    static ArticleUploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ArticleUpload Upload(UploadLimits? limits = null) =>
        new(new ArticleLoader(new DocumentStore(test.Database), ArticleExtractor.CreateDefault()), version, limits ?? UploadLimits.Default);

    private static Func<long, CancellationToken, Stream> Bytes(byte[] bytes) => (_, _) => new MemoryStream(bytes);

    private static Func<long, CancellationToken, Stream> NeverOpened =>
        (_, _) => throw new InvalidOperationException("The stream of a refused file must not be opened.");

    private long StoredDocuments => new StatsQuery(test.Database).Get().Documents;

    private async Task<DocumentSummary> StoredAsync(long id) =>
        Assert.Single(await new DocumentsQuery(test.Database).ListAsync(new Filter { Documents = [id] }));

    [Fact]
    public async Task LoadAsync_GoodArticle_IsStoredAndTellsTheViews()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);

        var result = await Upload().LoadAsync("bridge.txt", bytes.Length, Bytes(bytes), ArticleMetadata.None);

        Assert.Equal(LoadStatus.Loaded, result.Status);
        Assert.Null(result.Problem);
        Assert.Equal(bytes.Length, result.Bytes);
        Assert.Equal(Title, (await StoredAsync(result.DocumentId!.Value)).Title);
        Assert.Equal(1, version.Current);
    }

    [Fact]
    public async Task LoadAsync_SameTextUnderAnotherName_IsADuplicateOfTheStoredDocument()
    {
        var upload = Upload();
        var bytes = Encoding.UTF8.GetBytes(Article);
        var first = await upload.LoadAsync("bridge.txt", bytes.Length, Bytes(bytes), ArticleMetadata.None);

        var second = await upload.LoadAsync("copy of bridge.md", bytes.Length, Bytes(bytes), new ArticleMetadata { Title = "Another title" });

        Assert.Equal(LoadStatus.Duplicate, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, StoredDocuments);
        Assert.Equal(1, version.Current);
    }

    [Fact]
    public async Task LoadAsync_PngBytesNamedTxt_FailsWithTheDecodersMessageAndStoresNothing()
    {
        var result = await Upload().LoadAsync("photo.txt", Png.Length, Bytes(Png), ArticleMetadata.None);

        Assert.Equal(LoadStatus.Failed, result.Status);
        Assert.Null(result.Problem);
        Assert.Equal("photo.txt is not text (it looks like a binary file).", result.Error);
        Assert.Equal(0, StoredDocuments);
        Assert.Equal(0, version.Current);
    }

    public static TheoryData<string, byte[]> EncodedArticles => new()
    {
        { "windows-1256", Encoding.GetEncoding(1256).GetBytes(Article) },
        { "utf-16le with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)] },
        { "utf-16le without BOM", Encoding.Unicode.GetBytes(Article) },
        { "utf-16be with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)] },
    };

    [Theory]
    [MemberData(nameof(EncodedArticles))]
    public async Task LoadAsync_ArabicInAnOlderEncoding_IsStoredAsTheSameText(string encoding, byte[] bytes)
    {
        var upload = Upload();
        var utf8 = Encoding.UTF8.GetBytes(Article);
        var result = await upload.LoadAsync($"{encoding}.txt", bytes.Length, Bytes(bytes), ArticleMetadata.None);

        Assert.Equal(LoadStatus.Loaded, result.Status);
        Assert.Equal(Title, (await StoredAsync(result.DocumentId!.Value)).Title);
        // The same article in UTF-8 is recognised as the same text.
        Assert.Equal(LoadStatus.Duplicate, (await upload.LoadAsync("utf8.txt", utf8.Length, Bytes(utf8), ArticleMetadata.None)).Status);
    }

    [Fact]
    public async Task LoadAsync_WithMetadata_StoresTitleOutletAndDate()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);
        var metadata = new ArticleMetadata { Title = "جسر بغداد", Outlet = "Test Outlet", Published = new DateOnly(2017, 3, 12) };

        var result = await Upload().LoadAsync("bridge.txt", bytes.Length, Bytes(bytes), metadata);

        var stored = await StoredAsync(result.DocumentId!.Value);
        Assert.Equal(("جسر بغداد", "Test Outlet", "2017-03-12", "metadata"), (stored.Title, stored.Outlet, stored.Published, stored.PublishedBasis));
    }

    [Theory]
    [InlineData("photo.png")]
    [InlineData("report.pdf")]
    [InlineData("article")]
    public async Task LoadAsync_OtherFileType_IsRefusedWithoutReadingIt(string name)
    {
        var result = await Upload().LoadAsync(name, 100, NeverOpened, ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.WrongType), (result.Status, result.Problem));
        Assert.Equal(0, StoredDocuments);
    }

    [Fact]
    public async Task LoadAsync_DeclaredOverTheLimit_IsRefusedWithoutReadingIt()
    {
        var result = await Upload(new UploadLimits(20, 1000)).LoadAsync("big.txt", 1001, NeverOpened, ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.TooLarge, 1001L), (result.Status, result.Problem, result.Bytes));
    }

    [Fact]
    public async Task LoadAsync_MoreBytesThanDeclaredAndTheLimit_IsRefusedAsTooLarge()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 50)));
        long largestAllowed = 0;
        Stream Open(long max, CancellationToken _)
        {
            largestAllowed = max;
            return new MemoryStream(bytes);
        }

        var result = await Upload(new UploadLimits(20, 1000)).LoadAsync("liar.txt", 10, Open, ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.TooLarge), (result.Status, result.Problem));
        Assert.Equal(1000, largestAllowed);
        Assert.Equal(0, StoredDocuments);
    }

    [Fact]
    public async Task LoadAsync_EmptyFile_IsRefused()
    {
        var result = await Upload().LoadAsync("empty.txt", 0, NeverOpened, ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.Empty), (result.Status, result.Problem));
    }

    [Fact]
    public async Task LoadAsync_DeclaredBytesButNoneArrive_IsRefusedAsEmpty()
    {
        var result = await Upload().LoadAsync("vanished.txt", 500, Bytes([]), ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.Empty), (result.Status, result.Problem));
    }

    [Fact]
    public async Task LoadAsync_CancelledWhileReading_ThrowsAndStoresNothing()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 2000)));
        using var cancel = new CancellationTokenSource();
        var stream = new TrickleStream(bytes, chunk: 4096, afterFirstRead: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Upload().LoadAsync("big.txt", bytes.Length, (_, _) => stream, ArticleMetadata.None, cancellationToken: cancel.Token));

        Assert.Equal(0, StoredDocuments);
        Assert.Equal(0, version.Current);
    }

    [Fact]
    public async Task LoadAsync_BrowserDropsTheFileWhileReading_IsUnreadableAndStoresNothing()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 200)));
        var stream = new TrickleStream(bytes, chunk: 4096, afterFirstRead: () => throw new IOException("The connection was lost."));

        var result = await Upload().LoadAsync("big.txt", bytes.Length, (_, _) => stream, ArticleMetadata.None);

        Assert.Equal((LoadStatus.Failed, UploadProblem.Unreadable, "The connection was lost."), (result.Status, result.Problem, result.Error));
        Assert.Equal(0, StoredDocuments);
    }

    [Fact]
    public async Task LoadAsync_LargeFile_ReportsRisingProgressThenProcessing()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Article, 300)));
        var progress = new Recorded();

        await Upload().LoadAsync("big.txt", bytes.Length, (_, _) => new TrickleStream(bytes, chunk: 1000), ArticleMetadata.None, progress);

        var reading = progress.Steps.Where(s => !s.Processing).ToList();
        Assert.True(reading.Count > 10, $"only {reading.Count} progress reports");
        Assert.Equal(reading.Select(s => s.BytesRead).Order(), reading.Select(s => s.BytesRead));
        Assert.Equal(bytes.Length, reading[^1].BytesRead);
        Assert.Equal(100, reading[^1].Percent);
        Assert.True(progress.Steps[^1].Processing);
    }

    public void Dispose() => test.Dispose();

    private sealed class Recorded : IProgress<UploadProgress>
    {
        public List<UploadProgress> Steps { get; } = [];

        public void Report(UploadProgress value) => Steps.Add(value);
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, like a browser sending a file in messages.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk, Action? afterFirstRead = null) : MemoryStream(bytes)
    {
        private bool first = true;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!first)
            {
                afterFirstRead?.Invoke();
            }
            first = false;
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
        }
    }
}
