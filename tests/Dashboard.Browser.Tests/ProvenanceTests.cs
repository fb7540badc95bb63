using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Every number links back to the sentence it came from, and the reader lands on it highlighted.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ProvenanceTests(RunningDashboard dashboard)
{
    [Fact]
    public async Task Costs_ClickingTheCampaignCost_OpensItsSentenceHighlighted()
    {
        var page = await dashboard.OpenAsync("/costs");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "5.8 مليارات دولار" }).First;
        await Expect(link).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("كلفت الحملة العسكرية"));
        await link.ClickAsync();

        var target = page.Locator(".sentence.target");
        await Expect(target).ToBeVisibleAsync();
        await Expect(target).ToContainTextAsync("5.8 مليارات دولار");
        await Expect(target).ToBeFocusedAsync();
        await Expect(target.Locator("mark.fact-figure", new() { HasText = "5.8 مليارات دولار" })).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "reader-provenance");
    }

    [Fact]
    public async Task Map_FirstMentionOfMosul_OpensItsSentence()
    {
        var page = await dashboard.OpenAsync("/map");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Mosul", Exact = true }) });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator(".sentence.target mark.fact-place", new() { HasText = "الموصل" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Timeline_ReportLink_OpensTheDatedSentence()
    {
        var page = await dashboard.OpenAsync("/timeline");
        var item = page.Locator(".timeline-item", new() { Has = page.Locator("time[datetime='2016-02-11']") });
        await item.Locator("a.report-link").First.ClickAsync();
        await Expect(page.Locator(".sentence.target mark.fact-date", new() { HasText = "غدا الخميس" })).ToBeVisibleAsync();
    }
}
