using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The dashboard over <see cref="ExportSamples"/> (a formula-titled document included), filled before the app starts.</summary>
public sealed class ExportDashboard : RunningDashboard
{
    protected override void SeedDatabase(string databasePath) => ExportSamples.Fill(databasePath);
}

[CollectionDefinition(Name)]
public sealed class ExportCollection : ICollectionFixture<ExportDashboard>
{
    public const string Name = "Export dashboard";
}

/// <summary>Presenters export charts: PNG and SVG made in the browser, CSV from a plain link, as a user clicks them.</summary>
[Collection(ExportCollection.Name)]
public sealed class ExportTests(ExportDashboard dashboard)
{
    private const string TotalsTitle = "Money totals by what they measure";

    private static ILocator Toolbar(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Export: " + title });

    private static async Task<(IDownload Download, byte[] Bytes)> DownloadAsync(IPage page, ILocator control)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => control.ClickAsync(), new() { Timeout = 60_000 });
        Assert.Null(await download.FailureAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        // Kept beside the screenshots, to be looked at.
        await File.WriteAllBytesAsync(Path.Combine(RunningDashboard.ScreenshotFolder, "export-" + download.SuggestedFilename), bytes);
        return (download, bytes);
    }

    /// <summary>The width and height in a PNG's IHDR chunk (big-endian, right after the signature and the chunk header).</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static string AllText(XDocument svg) => string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));

    [Fact]
    public async Task CostsPng_Clicked_DownloadsA3200By1800Png()
    {
        var page = await dashboard.OpenAsync("/costs");
        await Expect(page.Locator(".plotly-chart .bars path").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var (download, png) = await DownloadAsync(page, Toolbar(page, TotalsTitle).GetByRole(AriaRole.Button, new() { Name = "PNG" }));
        Assert.Equal((3200, 1800), PngSize(png));
        Assert.Matches(DatedName("costs-totals", "png"), download.SuggestedFilename);
        await RunningDashboard.ScreenshotAsync(page, "costs-with-export-buttons");
    }

    [Fact]
    public async Task CostsSvg_Clicked_DownloadsSvgWithTitleFilterAndSourceInside()
    {
        var page = await dashboard.OpenAsync("/costs?place=iq-mosul");
        await Expect(page.Locator(".plotly-chart .bars path").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var chartBefore = await page.Locator(".plotly-chart").First.InnerHTMLAsync();
        var (download, bytes) = await DownloadAsync(page, Toolbar(page, TotalsTitle).GetByRole(AriaRole.Button, new() { Name = "SVG" }));
        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal("1600", (string?)svg.Root.Attribute("width"));
        var text = AllText(svg);
        Assert.Contains(TotalsTitle, text, StringComparison.Ordinal);
        Assert.Contains("Units: USD", text, StringComparison.Ordinal);
        Assert.Contains("Places: Mosul", text, StringComparison.Ordinal);
        Assert.Contains("Source: Dashboard, 1 document(s): " + ExportSamples.MosulOutlet, text, StringComparison.Ordinal);
        Assert.Contains("font-family: 'Noto Sans Arabic'", svg.Root.Value, StringComparison.Ordinal);
        Assert.Matches(DatedName("costs-totals", "svg"), download.SuggestedFilename);
        // The copy was captioned, not the chart on the page.
        Assert.Equal(chartBefore, await page.Locator(".plotly-chart").First.InnerHTMLAsync());
    }

    [Fact]
    public async Task CostsCsv_LinkClicked_KeepsArabicAndNeutralisesTheFormulaTitle()
    {
        var page = await dashboard.OpenAsync("/costs");
        var link = Toolbar(page, TotalsTitle).GetByRole(AriaRole.Link, new() { Name = "CSV" });
        await Expect(link).ToHaveAttributeAsync("href", new Regex(@"^export/costs\.csv\?view=totals&lang=en$"));
        var (download, bytes) = await DownloadAsync(page, link);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        var cells = rows.SelectMany(r => r).ToList();
        Assert.Contains(ExportSamples.CampaignCost, cells);
        Assert.Contains(ExportSamples.MosulTitle, cells);
        Assert.Contains("'" + ExportSamples.FormulaTitle, cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal));
        Assert.Matches(DatedName("costs-totals", "csv"), download.SuggestedFilename);
    }

    [Fact]
    public async Task MapPng_Clicked_DrawsTheOfflineMapAt3200By1800()
    {
        var page = await dashboard.OpenAsync("/map?place=iq-mosul");
        await Expect(page.Locator(".plotly-chart text", new() { HasText = "Mosul" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var toolbar = Toolbar(page, "Places named");
        var (_, png) = await DownloadAsync(page, toolbar.GetByRole(AriaRole.Button, new() { Name = "PNG" }));
        Assert.Equal((3200, 1800), PngSize(png));
        var (_, bytes) = await DownloadAsync(page, toolbar.GetByRole(AriaRole.Button, new() { Name = "SVG" }));
        var text = AllText(XDocument.Parse(Encoding.UTF8.GetString(bytes)));
        Assert.Contains("Raqqa", text, StringComparison.Ordinal);
        Assert.Contains("Places: Mosul", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kuwait City", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelinePng_Arabic_DownloadsArabicCaptionedImage()
    {
        var page = await dashboard.OpenAsync("/culture/ar?redirect=/timeline");
        await Expect(page.Locator(".plotly-chart .scatterlayer .point").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "تصدير: أحداث مؤرخة" });
        var (_, png) = await DownloadAsync(page, toolbar.GetByRole(AriaRole.Button, new() { Name = "PNG" }));
        Assert.Equal((3200, 1800), PngSize(png));
        var (_, bytes) = await DownloadAsync(page, toolbar.GetByRole(AriaRole.Button, new() { Name = "SVG" }));
        var text = AllText(XDocument.Parse(Encoding.UTF8.GetString(bytes)));
        Assert.Contains("أحداث مؤرخة", text, StringComparison.Ordinal);
        Assert.Contains("كل الوثائق، بلا تصفية", text, StringComparison.Ordinal);
        Assert.Contains("المصدر: لوحة المعلومات، 3 وثيقة", text, StringComparison.Ordinal);
        await RunningDashboard.ScreenshotAsync(page, "timeline-with-export-buttons-ar");
    }

    [Fact]
    public async Task ServerSvg_PlainUrl_RendersInChromium()
    {
        foreach (var (url, name) in new[] { ("/export/map.svg?lang=en", "server-map-en"), ("/export/costs.svg?lang=ar", "server-costs-ar") })
        {
            var page = await dashboard.NewPageAsync(1600, 900);
            // Opened directly the URL downloads (an attachment); the browser fetches it as a user's link would.
            var response = await page.APIRequest.GetAsync(dashboard.BaseUrl + url);
            Assert.Equal("image/svg+xml; charset=utf-8", response.Headers["content-type"]);
            Assert.StartsWith("attachment;", response.Headers["content-disposition"], StringComparison.Ordinal);
            var svg = XDocument.Parse(await response.TextAsync());
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            await page.SetContentAsync($"<img src=\"{dashboard.BaseUrl}{url}\" width=\"1600\" height=\"900\" style=\"display:block\">");
            await page.WaitForFunctionAsync("() => document.images[0].complete && document.images[0].naturalWidth === 1600");
            await page.ScreenshotAsync(new() { Path = Path.Combine(RunningDashboard.ScreenshotFolder, name + ".png") });
        }
    }

    private static Regex DatedName(string name, string extension) => new($"^{Regex.Escape(name)}-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.{extension}$");
}
