using System.Net;

namespace Dashboard.Web.Tests;

/// <summary>Every page answers 200 and its server-rendered HTML already carries its key content.</summary>
public sealed class PagesTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("/", "Overview")]
    [InlineData("/timeline", "Timeline")]
    [InlineData("/map", "Map")]
    [InlineData("/costs", "Costs")]
    [InlineData("/figures", "Figures")]
    [InlineData("/sources", "Sources")]
    [InlineData("/documents", "Documents")]
    [InlineData("/upload", "Upload articles")]
    public async Task Page_WithSeeds_AnswersWithItsHeading(string path, string heading)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_WithSeeds_ListsBothSeedTitles()
    {
        var html = await factory.CreateClient().GetStringAsync("/documents");
        Assert.Contains("واشنطن تسعى لتعزيز التحالف ضد تنظيم الدولة", html, StringComparison.Ordinal);
        Assert.Contains("وزير الدفاع الأمريكي", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_FirstDocument_ShowsTheArticleRightToLeft()
    {
        var html = await factory.CreateClient().GetStringAsync("/documents/1");
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"reader\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_UnknownDocument_SaysSo()
    {
        var html = await factory.CreateClient().GetStringAsync("/documents/999999");
        Assert.Contains("Document not found", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/plotly/plotly.min.js")]
    [InlineData("/lib/topojson/world_50m.json")]
    [InlineData("/lib/fonts/noto-sans-arabic/400.css")]
    [InlineData("/js/plotly-chart.js")]
    [InlineData("/css/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/Radzen.Blazor/Radzen.Blazor.js")]
    public async Task StaticAsset_IsServedLocally(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Html_ReferencesNothingOutsideTheApp()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
