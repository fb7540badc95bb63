using Dashboard.Data.Queries;
using Dashboard.Web.Features.Timeline;

namespace Dashboard.Web.Tests.Export;

/// <summary>The timeline chart (also on the briefing and in its exports) with a single date keeps a readable axis.</summary>
public sealed class TimelineChartTests
{
    private static TimelineItem Item(string date) => new(date, "day", "label", [new Provenance(1, "t", null, 0, "s")], [], []);

    [Fact]
    public void Build_OneDate_ShowsAMonthEitherSide()
    {
        var figure = TimelineChart.Build([Item("2016-01-28"), Item("2016-01-28")], TestLocalizer.Create());
        Assert.Equal(["2015-12-29", "2016-02-27"], figure.Layout.Xaxis!.Range!);
    }

    [Fact]
    public void Build_SeveralDates_LeavesTheRangeToPlotly()
    {
        var figure = TimelineChart.Build([Item("2016-01-28"), Item("2014-09")], TestLocalizer.Create());
        Assert.Null(figure.Layout.Xaxis!.Range);
    }
}
