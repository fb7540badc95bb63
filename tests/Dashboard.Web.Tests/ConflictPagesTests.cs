using Dashboard.Tests.Shared;

namespace Dashboard.Web.Tests;

/// <summary>The web app over a database pre-filled with the hand-made conflicting articles (so no seeds are loaded).</summary>
public sealed class ConflictsFactory() : TemporaryDashboard("conflicts")
{
    protected override void Fill(string databasePath) => ConflictArticles.StoreAll(databasePath);
}

/// <summary>The figures and costs pages show conflicting reports side by side, each linked to its sentence.</summary>
public sealed class ConflictPagesTests(ConflictsFactory factory) : IClassFixture<ConflictsFactory>
{
    [Fact]
    public async Task Figures_TwoDocumentsDisagree_ShowsTheConflictWithBothSources()
    {
        var html = await factory.CreateClient().GetStringAsync("/figures");
        var panel = html[html.IndexOf("class=\"conflicts\"", StringComparison.Ordinal)..];
        Assert.Contains("Conflicting figures", panel, StringComparison.Ordinal);
        Assert.Contains(">120,000 people</a>", panel, StringComparison.Ordinal);
        Assert.Contains(">200,000 people</a>", panel, StringComparison.Ordinal);
        Assert.Contains("UNHCR", panel, StringComparison.Ordinal);
        Assert.Contains("Syrian Observatory for Human Rights", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_ConflictValue_LinksToItsSentenceWithTheSentenceOnHover()
    {
        var html = await factory.CreateClient().GetStringAsync("/figures");
        Assert.Contains($"href=\"documents/1?sentence=1#s1\" title=\"{ConflictArticles.UnhcrSentence}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_RowsOfAConflict_CarryAMarkerNamingTheOtherValues()
    {
        var html = await factory.CreateClient().GetStringAsync("/figures");
        Assert.Contains("class=\"conflict-badge\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Conflicting reports. Other reports: 200,000 people (Syrian Observatory for Human Rights, 15 February 2016)\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_VagueOrApproximateValue_IsShownAsApproximate()
    {
        var html = await factory.CreateClient().GetStringAsync("/figures");
        Assert.Contains("≈ 7 billion USD", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">7 billion USD<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_ApproximateTotalAgainstExactTotal_MarksTheConflictAndChecksTheRate()
    {
        var html = await factory.CreateClient().GetStringAsync("/costs");
        Assert.Contains("Conflicting figures", html, StringComparison.Ordinal);
        Assert.Contains("≈ 7 billion USD", html, StringComparison.Ordinal);
        Assert.Contains("Center for Studies", html, StringComparison.Ordinal);
        Assert.Contains("Totals checked against rates", html, StringComparison.Ordinal);
        Assert.Contains("509 days", html, StringComparison.Ordinal);
        Assert.Contains("since about 6 September 2014", html, StringComparison.Ordinal);
        Assert.Contains("agrees within 15 %", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Conflicting reports\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_Arabic_ShowsTheConflictPanelInArabic()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        var html = await client.GetStringAsync("/figures");
        Assert.Contains("أرقام متعارضة", html, StringComparison.Ordinal);
        Assert.Contains("15 فبراير 2016", html, StringComparison.Ordinal);
    }
}
