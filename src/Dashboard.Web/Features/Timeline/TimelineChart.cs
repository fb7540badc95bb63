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
        var lanes = first.Select(r => Short(r.DocumentTitle)).ToList();
        var trace = new PlotlyTrace
        {
            Type = "scatter",
            Mode = "markers",
            X = items.Select(i => (object?)Axis(i.Date)).ToList(),
            Y = lanes.Cast<object?>().ToList(),
            HoverText = items.Select(i => Wrap(i.Label) + "<br><i>" + Format.Date(i.Date) + "</i>"
                + (i.Places.Count == 0 ? "" : "<br>" + string.Join("، ", i.Places.Select(p => Format.PlaceName(p.Name, p.NameAr))))).ToList(),
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
            Xaxis = new PlotlyAxis { Type = "date", AutoMargin = true, Range = SingleDayRange(items) },
            Yaxis = new PlotlyAxis { AutoMargin = true, Type = "category", FixedRange = true },
            HoverMode = "closest",
            DragMode = "select",
        });
    }

    /// <summary>With one date only, plotly zooms to milliseconds around it: show a month either side instead.</summary>
    private static IReadOnlyList<object>? SingleDayRange(IReadOnlyList<TimelineItem> items)
    {
        var days = items.Select(i => Axis(i.Date)).Distinct(StringComparer.Ordinal).ToList();
        return days.Count == 1 && DateOnly.TryParseExact(days[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? [day.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]
            : null;
    }

    private static string Axis(string date) => date.Length switch
    {
        4 => date + "-07-01",
        7 => date + "-15",
        _ => date,
    };

    private static string Short(string title) => title.Length <= 40 ? title : title[..38] + "…";

    private static string Wrap(string text)
    {
        var escaped = System.Net.WebUtility.HtmlEncode(text);
        return escaped.Length <= 60 ? escaped : escaped[..60] + "<br>" + escaped[60..];
    }
}
