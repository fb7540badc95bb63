using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Costs;

/// <summary>
/// Money charts: totals and rates never share an axis (a daily rate next to a total misleads), one bar group per
/// currency; where reports disagree the bar shows the largest and an error bar reaches down to the smallest.
/// </summary>
public static class CostCharts
{
    public static PlotlyFigure Measures(IReadOnlyList<CostMeasure> measures, bool rates, IStringLocalizer<SharedResource> L)
    {
        var chosen = measures.Where(m => (m.Per is not null) == rates).ToList();
        var traces = chosen
            .GroupBy(m => rates ? $"{Format.Unit(m.Unit)} {Format.PerPeriod(m.Per)}" : Format.Unit(m.Unit))
            .Select(g => new PlotlyTrace
            {
                Type = "bar",
                Name = g.Key,
                X = g.Select(m => (object?)Label(m.Counted)).ToList(),
                Y = g.Select(m => (object?)m.MaxValue).ToList(),
                Text = g.Select(m => Format.Figure(m.MaxValue, m.Unit, m.Per, m.ApproxReports > 0)).ToList(),
                HoverText = g.Select(m => $"{Format.Figure(m.MaxValue, m.Unit, m.Per, m.ApproxReports > 0)}<br>{m.Counted}<br>{L["{0} report(s)", m.Reports]}").ToList(),
                HoverInfo = "text",
                TextPosition = "auto",
                CustomData = g.Select(m => DashboardUrls.Reader(m.DocumentId, m.Sentence)).ToList(),
                Marker = new PlotlyMarker { Color = ChartColors.Category["money"], Opacity = 0.9 },
                Error_Y = g.Any(m => m.MinValue < m.MaxValue)
                    ? new PlotlyErrorBar { Symmetric = false, Array = g.Select(_ => 0d).ToList(), ArrayMinus = g.Select(m => m.MaxValue - m.MinValue).ToList() }
                    : null,
            })
            .ToList();
        return new PlotlyFigure(traces, ChartColors.Layout(rates ? L["Rates (per day, month or year)"] : L["Totals"]) with
        {
            Yaxis = new PlotlyAxis { Title = new PlotlyTitle(rates ? L["Amount per period"] : L["Amount"]), AutoMargin = true },
            Xaxis = new PlotlyAxis { AutoMargin = true, Type = "category" },
            ShowLegend = traces.Count > 1,
            BarMode = "group",
        });
    }

    public static PlotlyFigure OverTime(IReadOnlyList<CostPoint> points, IStringLocalizer<SharedResource> L)
    {
        var traces = points
            .GroupBy(p => p.Per is null ? Format.Unit(p.Unit) : $"{Format.Unit(p.Unit)} {Format.PerPeriod(p.Per)}")
            .Select(g => new PlotlyTrace
            {
                Type = "scatter",
                Mode = "markers",
                Name = g.Key,
                X = g.Select(p => (object?)p.Date).ToList(),
                Y = g.Select(p => (object?)p.Value).ToList(),
                HoverText = g.Select(p => $"{Format.Figure(p.Value, p.Unit, p.Per, p.Approx)}<br>{p.Counted}<br>{Format.Date(p.Date)}").ToList(),
                HoverInfo = "text",
                CustomData = g.Select(p => DashboardUrls.Reader(p.DocumentId, p.Sentence)).ToList(),
                Marker = new PlotlyMarker
                {
                    Size = 12,
                    Color = ChartColors.Category["money"],
                    Symbol = g.Select(p => (object)(p.Approx ? "circle-open" : "circle")).ToList(),
                },
            })
            .ToList();
        return new PlotlyFigure(traces, ChartColors.Layout(L["Money figures over time"]) with
        {
            Xaxis = new PlotlyAxis { Type = "date", AutoMargin = true },
            Yaxis = new PlotlyAxis { Type = "log", Title = new PlotlyTitle(L["Amount (log scale)"]), AutoMargin = true },
        });
    }

    private static string Label(string counted) => counted.Length <= 28 ? counted : counted[..26] + "…";
}
