using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The seed articles as a user sees them: map, costs, timeline, the place filter and the reader.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SpineTests(RunningDashboard dashboard)
{
    [Fact]
    public async Task Map_Seeds_ShowsMosulOnTheMap()
    {
        var page = await dashboard.OpenAsync("/map");
        await Expect(page.Locator(".plotly-chart text", new() { HasText = "Mosul" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mosul", Exact = true })).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "map");
    }

    [Fact]
    public async Task Costs_Seeds_ShowCampaignTotalAndDailyRate()
    {
        var page = await dashboard.OpenAsync("/costs");
        await Expect(page.GetByText("5.8 billion USD", new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("11.4 million USD a day", new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".plotly-chart .bars path").First).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "costs");
    }

    [Fact]
    public async Task Timeline_Seeds_ShowsTheTwentyEighthOfJanuary2016()
    {
        var page = await dashboard.OpenAsync("/timeline");
        await Expect(page.Locator("time[datetime='2016-01-28']").First).ToHaveTextAsync("28 January 2016");
        await Expect(page.Locator(".plotly-chart .scatterlayer .point").First).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "timeline");
    }

    [Fact]
    public async Task PlaceFilter_ChoosingMosul_NarrowsEveryPage()
    {
        var page = await dashboard.OpenAsync("/documents");
        await Expect(page.Locator(".document-card")).ToHaveCountAsync(2);

        await page.Locator(".filter-places").ClickAsync();
        await page.Locator(".rz-popup input.rz-inputtext, .rz-popup input[type='text']").First.FillAsync("Mosul");
        await page.Locator(".rz-popup li", new() { HasText = "Mosul" }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("place=[^&]*mosul"));
        await Expect(page.Locator(".document-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".chip", new() { HasText = "Mosul" })).ToBeVisibleAsync();

        // The filter travels with the navigation: the map now shows only what the Mosul article names.
        await page.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map\\?place="));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Brussels", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kuwait", Exact = true })).ToHaveCountAsync(0);
        await RunningDashboard.ScreenshotAsync(page, "map-filtered-mosul");
    }

    [Fact]
    public async Task Reader_SeedArticle_HighlightsItsFacts()
    {
        var page = await dashboard.OpenAsync("/documents/1");
        await Expect(page.Locator("article.reader")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("mark.fact-place", new() { HasText = "الموصل" })).ToBeVisibleAsync();
        await Expect(page.Locator("mark.fact-figure", new() { HasText = "5.8 مليارات دولار" })).ToBeVisibleAsync();
        await Expect(page.Locator("mark.fact-date").First).ToBeVisibleAsync();
        await Expect(page.Locator("mark.fact-source").First).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "reader");
    }

    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/figures", "figures")]
    [InlineData("/sources", "sources")]
    [InlineData("/documents", "documents")]
    public async Task Page_Seeds_RendersAndIsScreenshotted(string path, string name)
    {
        var page = await dashboard.OpenAsync(path);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
        await RunningDashboard.ScreenshotAsync(page, name);
    }
}
