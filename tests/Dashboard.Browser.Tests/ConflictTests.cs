using System.Text.RegularExpressions;
using Dashboard.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The dashboard over the hand-made conflicting articles (UNHCR 120,000 vs the Observatory 200,000 displaced).</summary>
public sealed class ConflictsDashboard : RunningDashboard
{
    protected override void SeedDatabase(string databasePath) => ConflictArticles.StoreAll(databasePath);
}

[CollectionDefinition(Name)]
public sealed class ConflictsDashboardCollection : ICollectionFixture<ConflictsDashboard>
{
    public const string Name = "Conflicts dashboard";
}

/// <summary>Conflicting figures as a user sees them: both values and sources side by side, each a way to its sentence.</summary>
[Collection(ConflictsDashboardCollection.Name)]
public sealed partial class ConflictTests(ConflictsDashboard dashboard)
{
    // plotly draws after the circuit is up; on a busy two-core machine that can take longer than the default 5 s.
    private static readonly LocatorAssertionsToBeVisibleOptions ChartDrawn = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveCountOptions ChartPoints = new() { Timeout = 30_000 };

    private static ILocator DisplacedConflict(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Conflicting figures" })
            .GetByRole(AriaRole.Article).Filter(new() { HasText = "displaced" });

    [Fact]
    public async Task Figures_TwoDocumentsDisagree_ShowBothValuesWithTheirSourcesSideBySide()
    {
        var page = await dashboard.OpenAsync("/figures");
        var values = DisplacedConflict(page).GetByRole(AriaRole.Listitem);
        await Expect(values).ToHaveCountAsync(2);
        await Expect(values.Nth(0)).ToContainTextAsync("120,000 people");
        await Expect(values.Nth(0)).ToContainTextAsync("UNHCR");
        await Expect(values.Nth(0)).ToContainTextAsync(ConflictArticles.UnhcrTitle);
        await Expect(values.Nth(1)).ToContainTextAsync("200,000 people");
        await Expect(values.Nth(1)).ToContainTextAsync("Syrian Observatory for Human Rights");
        await Expect(values.Nth(1)).ToContainTextAsync("15 February 2016");

        // Side by side: the same row, the second value after the first.
        await AssertSideBySideAsync(values.Nth(0), values.Nth(1), rightToLeft: false);

        // Hovering a value shows its sentence; the grid row of each value carries a conflict marker.
        await Expect(DisplacedConflict(page).GetByRole(AriaRole.Link, new() { Name = "120,000 people", Exact = true }))
            .ToHaveAttributeAsync("title", ConflictArticles.UnhcrSentence);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Conflicting reports. Other reports: 200,000 people (Syrian Observatory for Human Rights, 15 February 2016)", Exact = true }))
            .ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "figures-conflicts");
    }

    [Fact]
    public async Task Figures_ClickingAConflictValue_OpensTheReaderOnItsSentenceHighlighted()
    {
        var page = await dashboard.OpenAsync("/figures");
        await DisplacedConflict(page).GetByRole(AriaRole.Link, new() { Name = "120,000 people", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ReaderUrl());
        var target = page.Locator(".sentence.target");
        await Expect(target).ToHaveCountAsync(1);
        await Expect(target).ToContainTextAsync("120,000 people had been displaced around Aleppo");
        await Expect(target).ToBeFocusedAsync();
        await Expect(target).ToHaveCSSAsync("background-color", "rgb(255, 244, 184)");
        await RunningDashboard.ScreenshotAsync(page, "reader-conflict-sentence");
    }

    [Fact]
    public async Task Figures_Arabic_ShowsTheConflictRightToLeft()
    {
        var page = await dashboard.OpenAsync("/culture/ar?redirect=/figures");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var conflict = page.GetByRole(AriaRole.Region, new() { Name = "أرقام متعارضة" }).GetByRole(AriaRole.Article).Filter(new() { HasText = "displaced" });
        var values = conflict.GetByRole(AriaRole.Listitem);
        await Expect(values).ToHaveCountAsync(2);
        await Expect(values.Nth(0)).ToContainTextAsync("UNHCR");
        await Expect(values.Nth(1)).ToContainTextAsync("Syrian Observatory for Human Rights");
        // Right to left: the first value stands to the right of the second.
        await AssertSideBySideAsync(values.Nth(0), values.Nth(1), rightToLeft: true);
        await RunningDashboard.ScreenshotAsync(page, "figures-conflicts-ar");
    }

    [Fact]
    public async Task Costs_ConflictingTotals_AreDrawnAsSeparateMarkersWithTheCheckBelow()
    {
        var page = await dashboard.OpenAsync("/costs");
        // The measure is marked on the chart's axis, and each report is its own point.
        await Expect(page.Locator(".plotly-chart .xtick text", new() { HasText = "⚠" }).First).ToBeVisibleAsync(ChartDrawn);
        var points = page.Locator(".plotly-chart").First.Locator(".scatterlayer .point");
        await Expect(points).ToHaveCountAsync(2, ChartPoints);
        await points.Nth(1).HoverAsync(new() { Force = true });
        await Expect(page.Locator(".hoverlayer").First).ToContainTextAsync("Center for Studies");

        var check = page.GetByRole(AriaRole.Region, new() { Name = "Totals checked against rates" });
        await Expect(check).ToContainTextAsync("509 days");
        await Expect(check).ToContainTextAsync("since about 6 September 2014");
        await Expect(check).ToContainTextAsync("agrees within 15 %");
        await RunningDashboard.ScreenshotAsync(page, "costs-conflicts");

        var arabic = await dashboard.OpenAsync("/culture/ar?redirect=/costs");
        await Expect(arabic.Locator(".plotly-chart .xtick text", new() { HasText = "⚠" }).First).ToBeVisibleAsync(ChartDrawn);
        await Expect(arabic.Locator(".plotly-chart").Last.Locator(".scatterlayer .point").First).ToBeVisibleAsync(ChartDrawn);
        await Expect(arabic.GetByRole(AriaRole.Region, new() { Name = "مقارنة الإجماليات بالمعدلات" })).ToContainTextAsync("509");
        await RunningDashboard.ScreenshotAsync(arabic, "costs-conflicts-ar");
    }

    // Layout settles after fonts and the grid load, so the positions are read until they hold (or 10 s pass).
    private static async Task AssertSideBySideAsync(ILocator first, ILocator second, bool rightToLeft)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var (a, b) = (await first.BoundingBoxAsync(), await second.BoundingBoxAsync());
            var sameRow = a is not null && b is not null && Math.Abs(a.Y - b.Y) < 1;
            var ordered = a is not null && b is not null && (rightToLeft ? b.X + b.Width <= a.X : a.X + a.Width <= b.X);
            if (sameRow && ordered)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The values are not side by side ({(rightToLeft ? "right to left" : "left to right")}): {a?.X},{a?.Y} {a?.Width} and {b?.X},{b?.Y} {b?.Width}.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"/documents/\d+\?sentence=1#s1$")]
    private static partial Regex ReaderUrl();
}
