using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Costs;

/// <summary>
/// Money charts: totals and rates never share an axis (a daily rate next to a total misleads), one bar group per
/// currency; where reports differ the bar shows the largest and an error bar reaches down to the smallest, and where
/// reports conflict every value is drawn on its own (see <see cref="Measures(IReadOnlyList{CostMeasure}, IReadOnlyList{FigureConflict}, bool, IStringLocalizer{SharedResource})"/>).
/// </summary>
public static class CostCharts
{
    /// <summary>The measures (counted thing, unit, period) that have conflicting reports.</summary>
    public static HashSet<(string Counted, string Unit, string? Per)> ConflictedMeasures(IEnumerable<FigureConflict> conflicts) =>
        conflicts.SelectMany(c => c.Values).Select(v => (v.Figure.Counted, v.Figure.Unit, v.Figure.Per)).ToHashSet();

    public static PlotlyFigure Measures(IReadOnlyList<CostMeasure> measures, bool rates, IStringLocalizer<SharedResource> L) =>
        Measures(measures, [], rates, L);

    /// <summary>
    /// Totals or rates by measure. Measures whose reports agree and are exact are bars (the largest, with an error
    /// bar down to the smallest). Approximate measures are open markers with their range, never solid bars. A
    /// measure with conflicting reports is marked "⚠" and drawn as a dot plot: every reported value its own
    /// marker (filled when exact; open with an error bar over its range when approximate; ▲/▼ for at least/at
    /// most), each with its source, date and document in the hover and its sentence as the click target.
    /// </summary>
    public static PlotlyFigure Measures(IReadOnlyList<CostMeasure> measures, IReadOnlyList<FigureConflict> conflicts, bool rates, IStringLocalizer<SharedResource> L)
    {
        var chartConflicts = conflicts.Where(c => (c.Per is not null) == rates).ToList();
        var conflicted = ConflictedMeasures(chartConflicts);
        var chosen = measures.Where(m => (m.Per is not null) == rates && !conflicted.Contains((m.Counted, m.Unit, m.Per))).ToList();
        string Group(string unit, string? per) => rates ? $"{Format.Unit(unit)} {Format.PerPeriod(per)}" : Format.Unit(unit);
        var colour = ChartColors.Category["money"];

        var traces = chosen.Where(m => m.ApproxReports == 0)
            .GroupBy(m => Group(m.Unit, m.Per))
            .Select(g => new PlotlyTrace
            {
                Type = "bar",
                Name = PlotlyText.Plain(g.Key),
                X = g.Select(m => (object?)Label(m.Counted)).ToList(),
                Y = g.Select(m => (object?)m.MaxValue).ToList(),
                Text = g.Select(m => Format.Figure(m.MaxValue, m.Unit, m.Per)).ToList(),
                HoverText = g.Select(m => PlotlyText.Lines(Format.Figure(m.MaxValue, m.Unit, m.Per), m.Counted, L["{0} report(s)", m.Reports])).ToList(),
                HoverInfo = "text",
                TextPosition = "auto",
                CustomData = g.Select(m => DashboardUrls.Reader(m.DocumentId, m.Sentence)).ToList(),
                Marker = new PlotlyMarker { Color = colour, Opacity = 0.9 },
                Error_Y = g.Any(m => m.MinValue < m.MaxValue)
                    ? new PlotlyErrorBar { Symmetric = false, Array = g.Select(_ => 0d).ToList(), ArrayMinus = g.Select(m => m.MaxValue - m.MinValue).ToList() }
                    : null,
            })
            .ToList();

        // Approximate measures: an open marker at the largest report, its bar reaching ±10 % around the reports.
        traces.AddRange(chosen.Where(m => m.ApproxReports > 0)
            .GroupBy(m => Group(m.Unit, m.Per))
            .Select(g => new PlotlyTrace
            {
                Type = "scatter",
                Mode = "markers",
                Name = PlotlyText.Plain($"{g.Key} ({L["approximate values"]})"),
                X = g.Select(m => (object?)Label(m.Counted)).ToList(),
                Y = g.Select(m => (object?)m.MaxValue).ToList(),
                HoverText = g.Select(m => PlotlyText.Lines(Format.Figure(m.MaxValue, m.Unit, m.Per, approx: true), m.Counted, L["{0} report(s)", m.Reports])).ToList(),
                HoverInfo = "text",
                CustomData = g.Select(m => DashboardUrls.Reader(m.DocumentId, m.Sentence)).ToList(),
                Marker = new PlotlyMarker { Color = colour, Symbol = "circle-open", Size = 14, Line = new PlotlyLine(colour, 2) },
                Error_Y = new PlotlyErrorBar
                {
                    Symmetric = false,
                    Array = g.Select(m => m.MaxValue * FigureRange.AboutSpread).ToList(),
                    ArrayMinus = g.Select(m => m.MaxValue - m.MinValue * (1 - FigureRange.AboutSpread)).ToList(),
                },
            }));

        // Conflicts: every reported value as its own marker at the measure marked "⚠".
        var first = true;
        foreach (var conflict in chartConflicts)
        {
            var label = "⚠ " + Label(conflict.Measure);
            var values = conflict.Values;
            traces.Add(new PlotlyTrace
            {
                Type = "scatter",
                Mode = "markers",
                Name = L["Conflicting reports"],
                LegendGroup = "conflicts",
                ShowLegend = first,
                X = values.Select(_ => (object?)label).ToList(),
                Y = values.Select(v => (object?)v.Figure.Value).ToList(),
                HoverText = values.Select(v => Hover(v, L)).ToList(),
                HoverInfo = "text",
                CustomData = values.Select(v => DashboardUrls.Reader(v.Figure.DocumentId, v.Figure.Sentence)).ToList(),
                Marker = new PlotlyMarker
                {
                    Size = 15,
                    Color = ChartColors.Conflict,
                    Symbol = values.Select(v => (object)Symbol(v.Range.Kind)).ToList(),
                    Line = new PlotlyLine(ChartColors.Conflict, 2),
                },
                Error_Y = values.Any(v => v.Range.IsApproximate)
                    ? new PlotlyErrorBar
                    {
                        Symmetric = false,
                        Array = values.Select(v => double.IsFinite(v.Range.High) ? v.Range.High - v.Figure.Value : 0).ToList(),
                        ArrayMinus = values.Select(v => v.Figure.Value - v.Range.Low).ToList(),
                    }
                    : null,
            });
            first = false;
        }

        return new PlotlyFigure(traces, ChartColors.Layout(rates ? L["Rates (per day, month or year)"] : L["Totals"]) with
        {
            // From zero, so markers compare with bars and with each other as amounts, not as differences.
            Yaxis = new PlotlyAxis { Title = new PlotlyTitle(rates ? L["Amount per period"] : L["Amount"]), AutoMargin = true, RangeMode = "tozero" },
            Xaxis = new PlotlyAxis { AutoMargin = true, Type = "category" },
            ShowLegend = traces.Count > 1 || chartConflicts.Count > 0,
            BarMode = "group",
        });
    }

    // "≈ 7 billion USD · Center for Studies · 9 February 2016 · <document>"
    private static string Hover(ReportedFigure value, IStringLocalizer<SharedResource> L)
    {
        var f = value.Figure;
        return PlotlyText.Lines(Format.Reported(f), $"{L["Source"]}: {f.Source ?? L["not attributed"]}", $"{L["Date"]}: {Format.Date(f.Date)}", PlotlyText.Shorten(f.DocumentTitle, 28));
    }

    private static string Symbol(FigureRangeKind kind) => kind switch
    {
        FigureRangeKind.Exact => "circle",
        FigureRangeKind.AtLeast => "triangle-up-open",
        FigureRangeKind.AtMost => "triangle-down-open",
        _ => "circle-open",
    };

    public static PlotlyFigure OverTime(IReadOnlyList<CostPoint> points, IStringLocalizer<SharedResource> L)
    {
        var traces = points
            .GroupBy(p => p.Per is null ? Format.Unit(p.Unit) : $"{Format.Unit(p.Unit)} {Format.PerPeriod(p.Per)}")
            .Select(g => new PlotlyTrace
            {
                Type = "scatter",
                Mode = "markers",
                Name = PlotlyText.Plain(g.Key),
                X = g.Select(p => (object?)p.Date).ToList(),
                Y = g.Select(p => (object?)p.Value).ToList(),
                HoverText = g.Select(p => PlotlyText.Lines(Format.Figure(p.Value, p.Unit, p.Per, p.Approx), p.Counted, Format.Date(p.Date))).ToList(),
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
            Xaxis = new PlotlyAxis { Type = "date", AutoMargin = true, Range = DateAxis.SingleDayRange(points.Select(p => p.Date)) },
            Yaxis = new PlotlyAxis { Type = "log", Title = new PlotlyTitle(L["Amount (log scale)"]), AutoMargin = true },
        });
    }

    // Category labels on the x axis: short, and escaped like every text plotly draws.
    private static string Label(string counted) => PlotlyText.Plain(counted, 28);
}
