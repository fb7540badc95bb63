using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Keyboard access with a visible focus, helpful empty states, and layouts that hold down to a tablet.</summary>
[Collection(DashboardCollection.Name)]
public sealed class UsabilityTests(RunningDashboard dashboard)
{
    [Fact]
    public async Task Keyboard_SkipLinkAndNavigation_HaveVisibleFocus()
    {
        var page = await dashboard.OpenAsync("/");
        // The page focuses its heading on arrival (for screen readers); wait for that before moving focus.
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await skip.FocusAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        var focusedOutline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", focusedOutline);

        // Enter on a focused navigation link opens its page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EmptyFilter_SaysSoInsteadOfAnEmptyChart()
    {
        var page = await dashboard.OpenAsync("/costs?from=1990-01-01&to=1990-12-31");
        await Expect(page.GetByText("No money figures for this filter.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear all" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/", 1024, 768)]
    [InlineData("/map", 768, 1024)]
    [InlineData("/figures", 768, 1024)]
    [InlineData("/documents/1", 768, 1024)]
    public async Task Page_OnATablet_FitsWithoutSidewaysScrolling(string path, int width, int height)
    {
        var page = await dashboard.OpenAsync(path, width, height);
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{path} is {overflow}px wider than a {width}px screen.");
        await RunningDashboard.ScreenshotAsync(page, $"tablet-{width}{path.Replace('/', '-').TrimEnd('-')}");
    }
}
