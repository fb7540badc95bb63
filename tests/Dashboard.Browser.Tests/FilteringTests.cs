using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The filter lives in the URL: clicking the map sets it, back and forward walk it, a copied URL reproduces it.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class FilteringTests(RunningDashboard dashboard)
{
    [Fact]
    public async Task Map_ClickingACity_FiltersEveryPageAndBackForwardWork()
    {
        var page = await dashboard.OpenAsync("/map");
        await Expect(page.Locator(".plotly-chart .scattergeo path.point").First).ToBeVisibleAsync();

        // The cities trace is drawn last: click its largest marker.
        await page.Locator(".plotly-chart .scattergeo").Last.Locator("path.point").First.ClickAsync(new() { Force = true });
        await Expect(page).ToHaveURLAsync(PlaceInUrl());
        await Expect(page.Locator(".chip", new() { HasText = "Place:" })).ToHaveCountAsync(1);
        var filtered = page.Url;

        await page.GoBackAsync();
        await Expect(page).Not.ToHaveURLAsync(PlaceInUrl());
        await Expect(page.Locator(".chip")).ToHaveCountAsync(0);

        await page.GoForwardAsync();
        await Expect(page).ToHaveURLAsync(PlaceInUrl());
        await Expect(page.Locator(".chip", new() { HasText = "Place:" })).ToHaveCountAsync(1);

        // A copied URL opened elsewhere shows the same view.
        var shared = await dashboard.OpenAsync(new Uri(filtered).PathAndQuery.Replace("/map", "/documents", StringComparison.Ordinal));
        await Expect(shared.Locator(".chip", new() { HasText = "Place:" })).ToHaveCountAsync(1);
        await Expect(shared.Locator(".document-card")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Chips_ClearAll_RemovesEveryFilter()
    {
        var page = await dashboard.OpenAsync("/documents?place=iq-mosul&q=%D8%A7%D9%84%D8%B1%D9%82%D8%A9&cat=money");
        await Expect(page.Locator(".chip")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all" }).ClickAsync();
        await Expect(page.Locator(".chip")).ToHaveCountAsync(0);
        await Expect(page.Locator(".document-card")).ToHaveCountAsync(2);
        await Expect(page).ToHaveURLAsync(new Regex("/documents$"));
    }

    [Fact]
    public async Task Search_ArabicSpellingVariant_FindsTheArticle()
    {
        var page = await dashboard.OpenAsync("/documents");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search sentences" }).FillAsync("الرقه");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("q="));
        await Expect(page.Locator(".document-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".document-card").First).ToContainTextAsync("واشنطن تسعى");
    }

    [Fact]
    public async Task CategoryChart_ClickingABar_AddsItsCategory()
    {
        var page = await dashboard.OpenAsync("/");
        await Expect(page.Locator(".plotly-chart .bars path").First).ToBeVisibleAsync();
        var bars = page.Locator(".plotly-chart .bars .point");
        var count = await bars.CountAsync();
        // A click reaches the server and comes back as a navigation: wait for it before trying the next bar (some bars,
        // such as a trace's hover layer, may not take clicks).
        for (var i = 0; i < count; i++)
        {
            await bars.Nth(i).ClickAsync(new() { Force = true });
            if (await UrlMatchesWithinAsync(page, PlaceOrCategory(), TimeSpan.FromSeconds(3)))
            {
                break;
            }
        }
        await Expect(page).ToHaveURLAsync(new Regex("cat="));
        await Expect(page.Locator(".chip", new() { HasText = "Category:" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task DocumentList_ChoosingADocument_FiltersToItAndNamesItInTheChip()
    {
        var page = await dashboard.OpenAsync("/documents");
        var listed = page.Locator(".document-list .document-card");
        await Expect(listed).Not.ToHaveCountAsync(0);
        var before = await listed.CountAsync();
        await page.Locator(".filter-documents").ClickAsync();
        var first = page.Locator(".rz-popup li").First;
        var title = (await first.InnerTextAsync()).Split(" · ")[0].Trim();
        await first.ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        await Expect(page).ToHaveURLAsync(new Regex("[?&]doc=[0-9]+"));
        await Expect(page.Locator(".chip", new() { HasText = "Document: " + title })).ToHaveCountAsync(1);
        await Expect(listed).ToHaveCountAsync(1);
        Assert.True(before > 1, "the seeds give more than one document to choose from");
    }

    [Fact]
    public async Task PlaceList_GroupsPlacesUnderTheirCountry()
    {
        var page = await dashboard.OpenAsync("/documents");
        await page.Locator(".filter-places").ClickAsync();
        var items = page.Locator(".rz-popup li");
        await Expect(items.Filter(new() { HasText = "Mosul" }).First).ToBeVisibleAsync();
        var labels = await items.AllInnerTextsAsync();
        var iraq = labels.ToList().FindIndex(l => l.StartsWith("Iraq", StringComparison.Ordinal));
        var mosul = labels.ToList().FindIndex(l => l.StartsWith("Mosul", StringComparison.Ordinal));
        var syria = labels.ToList().FindIndex(l => l.StartsWith("Syria", StringComparison.Ordinal));
        Assert.True(iraq >= 0 && mosul > iraq, string.Join(" | ", labels));
        Assert.True(syria < iraq || syria > mosul, "Mosul follows Iraq before the next country: " + string.Join(" | ", labels));
        await Expect(items.Filter(new() { HasText = "Mosul" }).Locator(".place-child")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    // Blazor navigates with the history API, which Playwright's WaitForURL (waiting for a load) does not see.
    private static async Task<bool> UrlMatchesWithinAsync(IPage page, Regex url, TimeSpan time)
    {
        var until = DateTime.UtcNow + time;
        while (!url.IsMatch(page.Url) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        return url.IsMatch(page.Url);
    }

    [GeneratedRegex("[?&]place=")]
    private static partial Regex PlaceInUrl();

    [GeneratedRegex("cat=")]
    private static partial Regex PlaceOrCategory();
}
