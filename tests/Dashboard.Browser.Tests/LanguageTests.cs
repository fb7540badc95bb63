using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The interface in Arabic is right to left throughout; English is not; the choice is remembered.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LanguageTests(RunningDashboard dashboard)
{
    [Fact]
    public async Task LanguageSwitch_ToArabicAndBack_FlipsDirectionAndIsRemembered()
    {
        var page = await dashboard.OpenAsync("/map?place=iq-mosul");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");

        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map\\?place=iq-mosul"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الخريطة" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "الموصل", Exact = true })).ToBeVisibleAsync();

        // Remembered: a new page in the same browser context opens in Arabic.
        await page.GotoAsync("/costs");
        await RunningDashboard.WaitForCircuitAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByText("5.8 مليار دولار", new() { Exact = true }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Costs" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/timeline", "timeline")]
    [InlineData("/map", "map")]
    [InlineData("/costs", "costs")]
    [InlineData("/figures", "figures")]
    [InlineData("/sources", "sources")]
    [InlineData("/documents", "documents")]
    [InlineData("/documents/1", "reader")]
    [InlineData("/briefing", "briefing")]
    [InlineData("/upload", "upload")]
    public async Task Page_InArabic_IsRightToLeftAndScreenshotted(string path, string name)
    {
        var page = await dashboard.OpenAsync("/culture/ar?redirect=" + Uri.EscapeDataString(path));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator(".shell")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
        await RunningDashboard.ScreenshotAsync(page, name + "-ar");
    }
}
