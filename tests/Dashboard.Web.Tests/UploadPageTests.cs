using System.Globalization;
using System.Net;
using Dashboard.Data.Loading;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Features.Upload;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests;

/// <summary>The upload page over HTTP, its settings, and the pieces of it that are plain C#.</summary>
public sealed class UploadPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Upload_English_AnswersWithTheDropZoneAndItsLimits()
    {
        var response = await factory.CreateClient().GetAsync("/upload");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Upload articles</h1>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", html, StringComparison.Ordinal);
        Assert.Contains("accept=\".txt,.md,.html,.htm\"", html, StringComparison.Ordinal);
        Assert.Contains("at most 20 at a time, up to 10 MB each", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Arabic_AnswersRightToLeftInArabic()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");

        var response = await client.GetAsync("/upload");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>رفع مقالات</h1>", html, StringComparison.Ordinal);
        Assert.Contains("أفلت الملفات هنا", html, StringComparison.Ordinal);
        Assert.Contains("10 ميغابايت", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavMenu_AnyPage_LinksToUpload()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("href=\"upload\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_Defaults_AreTheLimitsAndTheCircuitMessageSize()
    {
        var limits = factory.Services.GetRequiredService<UploadLimits>();
        var hub = factory.Services.GetRequiredService<IOptions<HubOptions>>().Value;

        Assert.Equal((20, 10L * 1024 * 1024), (limits.MaxFiles, limits.MaxFileBytes));
        Assert.Equal(64 * 1024, hub.MaximumReceiveMessageSize);
    }

    [Theory]
    [InlineData(0, 10, 64)]
    [InlineData(20, 0, 64)]
    [InlineData(20, 21, 64)]
    [InlineData(100, 10, 64)]
    [InlineData(20, 10, 1)]
    public void UploadOptions_SettingsThatCannotWork_AreAClearStartError(int maxFiles, int maxFileMegabytes, int messageKilobytes)
    {
        var options = new UploadOptions { MaxFiles = maxFiles, MaxFileMegabytes = maxFileMegabytes, MessageKilobytes = messageKilobytes };
        var error = Assert.Throws<InvalidOperationException>(options.ToLimits);
        Assert.StartsWith("Dashboard:Uploads:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadOptions_Megabytes_BecomeBytes()
    {
        Assert.Equal(3L * 1024 * 1024, new UploadOptions { MaxFileMegabytes = 3 }.ToLimits().MaxFileBytes);
    }

    [Fact]
    public void Metadata_RowFieldsGiven_TakePrecedenceOverTheBatch()
    {
        var row = new UploadRow(1, new NamedFile("a.txt")) { Title = "  Title  ", Outlet = "Row outlet" };
        row.Published.Date = new DateOnly(2016, 2, 10);

        var metadata = row.Metadata("Batch outlet", new DateOnly(2020, 1, 1));

        Assert.Equal(("Title", "Row outlet", new DateOnly(2016, 2, 10)), (metadata.Title, metadata.Outlet, metadata.Published));
    }

    [Fact]
    public void Metadata_RowFieldsBlank_TakeTheBatchOrNothing()
    {
        var row = new UploadRow(1, new NamedFile("a.txt")) { Title = " ", Outlet = "" };

        var metadata = row.Metadata("Batch outlet", new DateOnly(2020, 1, 1));

        Assert.Equal((null, "Batch outlet", new DateOnly(2020, 1, 1)), (metadata.Title, metadata.Outlet, metadata.Published));
        Assert.Null(new UploadRow(2, new NamedFile("b.txt")).Metadata(null, null).Published);
    }

    [Theory]
    [InlineData(850, "en", "850 bytes")]
    [InlineData(12 * 1024, "en", "12 KB")]
    [InlineData(3_565_158, "en", "3.4 MB")]
    [InlineData(10 * 1024 * 1024, "ar", "10 ميغابايت")]
    public void FileSize_InTheInterfaceLanguage(long bytes, string language, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            Assert.Equal(expected, Format.FileSize(bytes));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("ar", "\u2066.txt, .md\u2069")]
    [InlineData("en", ".txt, .md")]
    public void LeftToRight_IsolatesOnlyInsideArabic(string language, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(language);
            Assert.Equal(expected, Format.LeftToRight(".txt, .md"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed class NamedFile(string name) : IBrowserFile
    {
        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => 10;

        public string ContentType => "text/plain";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) => new MemoryStream(new byte[10]);
    }
}
