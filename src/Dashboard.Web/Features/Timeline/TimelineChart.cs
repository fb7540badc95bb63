using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Timeline;

/// <summary>Events on a time axis, one lane per document; hovering shows the sentence, clicking opens it.</summary>
public static class TimelineChart
{
    public static PlotlyFigure Build(IReadOnlyList<TimelineItem> items, IStringLocalizer<SharedResource> L)
    {
        var first = items.Select(i => i.Reports[0]).ToList();
        var lanes = first.Select(r => PlotlyText.Plain(r.DocumentTitle, 40)).ToList();
        var trace = new PlotlyTrace
        {
            Type = "scatter",
            Mode = "markers",
            X = items.Select(i => (object?)DateAxis.Point(i.Date)).ToList(),
            Y = lanes.Cast<object?>().ToList(),
            HoverText = items.Select(i => PlotlyText.Wrapped(i.Label) + "<br><i>" + PlotlyText.Plain(Format.Date(i.Date)) + "</i>"
                + (i.Places.Count == 0 ? "" : "<br>" + PlotlyText.Plain(string.Join("، ", i.Places.Select(p => Format.PlaceName(p.Name, p.NameAr)))))).ToList(),
            HoverInfo = "text",
            CustomData = first.Select(r => DashboardUrls.Reader(r.DocumentId, r.Sentence)).ToList(),
            Marker = new PlotlyMarker
            {
                Size = items.Select(i => (object)(10 + 4 * Math.Min(i.Reports.Count - 1, 5))).ToList(),
                Color = ChartColors.Primary,
                Symbol = items.Select(i => (object)(i.Precision == "day" ? "circle" : "diamond-open")).ToList(),
                Line = new PlotlyLine(ChartColors.Primary, 2),
            },
        };
        return new PlotlyFigure([trace], ChartColors.Layout(L["Dated events"]) with
        {
            Xaxis = new PlotlyAxis { Type = "date", AutoMargin = true, Range = DateAxis.SingleDayRange(items.Select(i => i.Date)) },
            Yaxis = new PlotlyAxis { AutoMargin = true, Type = "category", FixedRange = true },
            HoverMode = "closest",
            DragMode = "select",
        });
    }


}
