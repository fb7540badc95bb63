using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Costs;
using Dashboard.Web.Features.Sources;
using Dashboard.Web.Features.Timeline;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Charts;

/// <summary>Plotly draws links, styles and line breaks from text: article text must reach it escaped.</summary>
public class PlotlyTextTests
{
    private const string Hostile = "<a href=\"https://evil.example\">click</a> & <b>bold</b>";

    private static readonly IStringLocalizer<SharedResource> L =
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    // Everything plotly draws; customdata only carries values back to .NET (a filter key, a link) and is never drawn.
    private static string Drawn(PlotlyFigure figure)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(figure.ToJson())!;
        foreach (var trace in node["data"]!.AsArray())
        {
            trace!.AsObject().Remove("customdata");
        }
        return node.ToJsonString();
    }

    [Fact]
    public void Plain_MarkupInText_IsEscaped()
    {
        Assert.Equal("&lt;a href=\"https://evil.example\"&gt;click&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", PlotlyText.Plain(Hostile));
    }

    [Fact]
    public void Plain_LongText_IsCutBeforeEscapingSoNoEntityIsBroken()
    {
        var text = PlotlyText.Plain(new string('x', 30) + " & " + new string('y', 30), 33);
        Assert.Equal(new string('x', 30) + " &amp;…", text);
    }

    [Fact]
    public void Lines_EachLineEscaped_JoinedByLineBreaks()
    {
        Assert.Equal("a &lt;b&gt;<br>c", PlotlyText.Lines("a <b>", null, "c"));
    }

    [Fact]
    public void SourcesChart_HostileSourceName_IsEscapedEverywhereInTheFigure()
    {
        var json = Drawn(SourcesChart.Build([new SourceCount { Name = Hostile, Kind = "outlet", Mentions = 3, Documents = 1 }], L));
        Assert.DoesNotContain("<a href", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("\\u0026lt;a href", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineChart_HostileTitleAndSentence_AreEscaped()
    {
        var item = new TimelineItem("2016-01-28", "day", Hostile, [new Provenance(1, Hostile, null, 0, Hostile)], [], []);
        var json = Drawn(TimelineChart.Build([item], L));
        Assert.DoesNotContain("<a href", json, StringComparison.Ordinal);
        Assert.Contains("\\u0026lt;a href", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CostCharts_HostileCountedPhrase_IsEscaped()
    {
        var measure = new CostMeasure { Counted = Hostile, Unit = "USD", Reports = 1, MinValue = 5, MaxValue = 5, Text = "x", DocumentTitle = Hostile, SentenceText = "x" };
        var json = Drawn(CostCharts.Measures([measure], rates: false, L));
        Assert.DoesNotContain("<a href", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
    }
}
