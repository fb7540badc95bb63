using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The briefing page: on screen, in presenter mode on a 16:9 screen, and printed on A4 and Letter landscape.</summary>
[Collection(ExportCollection.Name)]
public sealed partial class BriefingTests(ExportDashboard dashboard)
{
    private static async Task WaitForChartsAsync(IPage page, int count)
    {
        // Each plotly chart draws its layers in several .main-svg elements; the last chart's are enough.
        await Expect(page.Locator(".briefing .plotly-chart").Nth(count - 1).Locator(".main-svg").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    /// <summary>The first steps of presenter mode load a JS module and redraw four charts: on a busy 2-core machine that takes a while.</summary>
    private static readonly LocatorAssertionsToHaveClassOptions Slow = new() { Timeout = 20_000 };

    private static ILocator Current(IPage page) => page.Locator(".briefing-section.is-current");

    /// <summary>Lets plotly redraw at the new size before a screenshot.</summary>
    private static Task SettleAsync(IPage page) => page.WaitForTimeoutAsync(700);

    [Fact]
    public async Task Briefing_English_ShowsKeyFiguresWithProvenanceAndTheFourParts()
    {
        var page = await dashboard.OpenAsync("/briefing");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Briefing", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".briefing-filter")).ToHaveTextAsync("All documents, no filter");
        var cost = page.Locator(".briefing-costs li").First;
        await Expect(cost.Locator(".briefing-amount")).ToHaveTextAsync("5.8 billion USD");
        await Expect(cost.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex(@"^documents/\d+\?sentence=\d+#s\d+$"));
        foreach (var heading in new[] { "Timeline", "Map", "Costs" })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2, Exact = true })).ToBeVisibleAsync();
        }
        await WaitForChartsAsync(page, 4);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Briefing", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await RunningDashboard.ScreenshotAsync(page, "briefing-en");
    }

    [Fact]
    public async Task Briefing_ArabicWithPlaceFilter_IsRightToLeftAndNarrowed()
    {
        var page = await dashboard.OpenAsync("/culture/ar?redirect=%2Fbriefing%3Fplace%3Diq-mosul");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الإحاطة", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator(".briefing-filter")).ToHaveTextAsync("الأماكن: الموصل");
        await Expect(page.Locator(".briefing-amount").First).ToHaveTextAsync("5.8 مليار دولار");
        await Expect(page.Locator(".briefing-costs li")).ToHaveCountAsync(2);
        await WaitForChartsAsync(page, 4);
        await RunningDashboard.ScreenshotAsync(page, "briefing-ar");
    }

    [Fact]
    public async Task PresenterMode_English_ShowsOneSectionPerScreenAndKeysMoveAndEscapeLeaves()
    {
        var page = await dashboard.OpenAsync("/briefing", 1600, 900);
        await WaitForChartsAsync(page, 4);
        await page.GetByRole(AriaRole.Button, new() { Name = "Presenter mode" }).ClickAsync();

        var briefing = page.Locator("article.briefing");
        await Expect(briefing).ToHaveClassAsync(new Regex(@"\bpresenting\b"), Slow);
        await page.WaitForFunctionAsync("() => document.fullscreenElement && document.fullscreenElement.matches('article.briefing')");
        await Expect(Current(page)).ToHaveCountAsync(1);
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "Briefing" })).ToBeVisibleAsync();
        await Expect(page.Locator(".presenter-position")).ToHaveTextAsync("1 / 4");
        // The briefing covers the page: what is under the filter bar's place is the slide show.
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.querySelector('.filter-bar').getBoundingClientRect(); return !!document.elementFromPoint(r.left + 20, r.top + 10).closest('article.briefing'); }"));
        // A 16:9 screen: the slide fills it; large type.
        var slide = await page.Locator(".briefing-slides").BoundingBoxAsync();
        Assert.Equal(16.0 / 9, slide!.Width / slide.Height, 2);
        var size = await page.Locator(".briefing-filter").EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(size.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 24, size);
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-1-key-figures-en");

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Briefing" })).Not.ToBeVisibleAsync();
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-2-timeline-en");

        await page.Keyboard.PressAsync("PageDown");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "Map" })).ToBeVisibleAsync();
        var chart = await Current(page).Locator(".plotly-chart").BoundingBoxAsync();
        Assert.True(chart!.Height > 0.6 * slide.Height, $"The map is {chart.Height}px high on a {slide.Height}px screen.");
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-3-map-en");

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "Costs" })).ToBeVisibleAsync();
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-4-costs-en");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator(".presenter-position")).ToHaveTextAsync("4 / 4");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "Map" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(briefing).Not.ToHaveClassAsync(new Regex(@"\bpresenting\b"));
        await page.WaitForFunctionAsync("() => !document.fullscreenElement");
        await Expect(page.Locator(".briefing-section.is-current")).ToHaveCountAsync(0);
        await Expect(page.Locator(".filter-bar")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PresenterMode_Arabic_MovesForwardWithTheLeftArrow()
    {
        var page = await dashboard.OpenAsync("/culture/ar?redirect=/briefing", 1600, 900);
        await WaitForChartsAsync(page, 4);
        await page.GetByRole(AriaRole.Button, new() { Name = "وضع العرض" }).ClickAsync();
        await Expect(page.Locator(".presenter-position")).ToHaveTextAsync("1 / 4", new() { Timeout = 20_000 });
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-1-key-figures-ar");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "الخط الزمني" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(Current(page).GetByRole(AriaRole.Heading, new() { Name = "الخريطة" })).ToBeVisibleAsync();
        await SettleAsync(page);
        await RunningDashboard.ScreenshotAsync(page, "briefing-presenter-3-map-ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "الخروج من وضع العرض" }).ClickAsync();
        await Expect(page.Locator("article.briefing")).Not.ToHaveClassAsync(new Regex(@"\bpresenting\b"));
    }

    [Theory]
    [InlineData("en", "/briefing")]
    [InlineData("ar", "/culture/ar?redirect=/briefing")]
    public async Task Print_A4AndLetterLandscape_HidesTheControlsAndFitsTheCharts(string language, string path)
    {
        var page = await dashboard.OpenAsync(path);
        await WaitForChartsAsync(page, 4);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".shell-header", ".filter-bar", ".briefing-actions", ".chart-export" })
        {
            await Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        }
        await RunningDashboard.ScreenshotAsync(page, $"briefing-print-{language}");

        foreach (var (format, name) in new[] { ("A4", "a4"), ("Letter", "letter") })
        {
            var pdf = await page.PdfAsync(new() { Format = format, Landscape = true, PrintBackground = true });
            var pages = PdfPages(pdf);
            // The key figures, then the timeline, the map and the costs on a page each: no chart is split over two pages.
            Assert.Equal(4, pages.Count);
            Assert.All(pages, p => Assert.True(p.Width > p.Height, $"{format}: a page is {p.Width}x{p.Height}"));
            await File.WriteAllBytesAsync(Path.Combine(RunningDashboard.ScreenshotFolder, $"briefing-{name}-landscape-{language}.pdf"), pdf);
        }
        // The page asks for landscape itself: printing with the page's own size gives landscape pages.
        var own = PdfPages(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        Assert.All(own, p => Assert.True(p.Width > p.Height, $"CSS page size: a page is {p.Width}x{p.Height}"));
    }

    /// <summary>The pages' media boxes (width, height in points) of a PDF written by Chromium.</summary>
    private static IReadOnlyList<(double Width, double Height)> PdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        return MediaBox().Matches(text)
            .Select(m => (double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                          double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) - double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
