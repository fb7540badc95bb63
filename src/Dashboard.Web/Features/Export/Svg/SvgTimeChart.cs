using System.Globalization;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>
/// A dated point on a lane: the timeline's events (one lane per document) or the money figures over time (one lane
/// per unit). <see cref="Exact"/> is false for month or year precision, drawn as an open diamond like on screen.
/// </summary>
public sealed record SvgTimePoint(DateOnly Date, string Lane, bool Exact, string? Label, string Color);

/// <summary>Dated points on a time axis, left to right in both languages (time reads that way on every chart of the app).</summary>
public static class SvgTimeChart
{
    public static void Draw(SvgCanvas canvas, Box plot, IReadOnlyList<SvgTimePoint> points, string emptyText)
    {
        if (points.Count == 0)
        {
            canvas.Add(SvgCanvas.Text(plot.X + plot.Width / 2, plot.Y + plot.Height / 2, emptyText, 26, TextAlign.Middle, SvgCanvas.Muted));
            return;
        }
        var lanes = points.Select(p => p.Lane).Distinct(StringComparer.Ordinal).ToList();
        const double axisHeight = 56;
        var laneHeight = (plot.Height - axisHeight) / lanes.Count;
        var laneSize = Math.Clamp(laneHeight * 0.3, 14, 21);
        var laneWidth = Math.Min(plot.Width * 0.28, lanes.Max(l => SvgCanvas.EstimateWidth(l, laneSize)) + 8);
        var left = plot.X + laneWidth + 28;
        var right = plot.Right - 24;

        var first = points.Min(p => p.Date).ToDateTime(TimeOnly.MinValue);
        var last = points.Max(p => p.Date).ToDateTime(TimeOnly.MinValue);
        var padding = Math.Max(7, (last - first).TotalDays * 0.06);
        var start = first.AddDays(-padding);
        var end = last.AddDays(padding);
        double X(DateTime day) => left + (right - left) * (day - start).TotalDays / (end - start).TotalDays;
        var axisY = plot.Y + laneHeight * lanes.Count;

        var grid = canvas.Group("grid");
        for (var i = 0; i < lanes.Count; i++)
        {
            var y = plot.Y + laneHeight * i;
            if (i % 2 == 0)
            {
                grid.Add(SvgCanvas.Rect(left, y, right - left, laneHeight, "#f6f6f9"));
            }
            grid.Add(SvgCanvas.Text(left - 14, y + laneHeight / 2 + laneSize * 0.35, lanes[i], laneSize, TextAlign.Right, SvgCanvas.Ink, maxWidth: laneWidth, cssClass: "lane-label"));
        }
        foreach (var (tick, label) in Ticks(start, end))
        {
            grid.Add(SvgCanvas.Line(X(tick), plot.Y, X(tick), axisY, SvgCanvas.Grid));
            grid.Add(SvgCanvas.Text(X(tick), axisY + 30, label, 18, TextAlign.Middle, SvgCanvas.Muted));
        }
        grid.Add(SvgCanvas.Line(left, axisY, right, axisY, SvgCanvas.Axis, 1.5));
        canvas.Add(grid);

        var marks = canvas.Group("points");
        var r = Math.Clamp(laneHeight * 0.16, 6, 12);
        var labelSize = Math.Clamp(laneHeight * 0.22, 13, 19);
        // Where the last label above and below each lane ends, so that labels of close points never overlap.
        var labelEnds = lanes.ToDictionary(l => l, _ => new[] { double.NegativeInfinity, double.NegativeInfinity }, StringComparer.Ordinal);
        foreach (var point in points.OrderBy(p => p.Date))
        {
            var x = X(point.Date.ToDateTime(TimeOnly.MinValue));
            var y = plot.Y + laneHeight * (lanes.IndexOf(point.Lane) + 0.5);
            marks.Add(point.Exact
                ? SvgCanvas.Circle(x, y, r, point.Color, point.Color, 2)
                : SvgCanvas.Path(Diamond(x, y, r * 1.3), "#ffffff", point.Color, 3));
            if (string.IsNullOrEmpty(point.Label))
            {
                continue;
            }
            var label = SvgCanvas.Fit(SvgCanvas.Clean(point.Label), labelSize, 300);
            var half = SvgCanvas.EstimateWidth(label, labelSize) / 2;
            var labelX = Math.Clamp(x, left + half, right - half);
            var ends = labelEnds[point.Lane];
            var level = labelX - half > ends[0] + 8 ? 0 : labelX - half > ends[1] + 8 ? 1 : -1;
            if (level < 0)
            {
                continue;
            }
            ends[level] = labelX + half;
            var labelY = level == 0 ? y - r - 8 : y + r + labelSize + 4;
            marks.Add(SvgCanvas.Text(labelX, labelY, label, labelSize, TextAlign.Middle, SvgCanvas.Ink, cssClass: "point-label"));
        }
        canvas.Add(marks);
    }

    /// <summary>Ticks at round dates: weeks for a few weeks, months for up to two years, years beyond; at most about ten.</summary>
    public static IReadOnlyList<(DateTime Tick, string Label)> Ticks(DateTime start, DateTime end)
    {
        var culture = UiCulture.Formatting;
        var days = (end - start).TotalDays;
        var ticks = new List<(DateTime, string)>();
        if (days <= 70)
        {
            var step = days <= 14 ? 1 : 7;
            for (var day = start.Date.AddDays(1); day <= end; day = day.AddDays(step))
            {
                ticks.Add((day, day.ToString("d MMM", culture)));
            }
        }
        else if (days <= 800)
        {
            var step = new[] { 1, 2, 3, 6 }.First(s => days / 30.4 / s <= 10);
            var month = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1);
            for (; month <= end; month = month.AddMonths(step))
            {
                ticks.Add((month, month.ToString("MMM yyyy", culture)));
            }
        }
        else
        {
            var step = Math.Max(1, (int)Math.Ceiling(days / 365.25 / 10));
            for (var year = new DateTime(start.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified); year <= end; year = year.AddYears(step))
            {
                ticks.Add((year, year.Year.ToString(CultureInfo.InvariantCulture)));
            }
        }
        return ticks;
    }

    private static string Diamond(double x, double y, double r) =>
        $"M{SvgCanvas.Num(x)} {SvgCanvas.Num(y - r)}L{SvgCanvas.Num(x + r)} {SvgCanvas.Num(y)}L{SvgCanvas.Num(x)} {SvgCanvas.Num(y + r)}L{SvgCanvas.Num(x - r)} {SvgCanvas.Num(y)}Z";

    /// <summary>The day a timeline date value stands for: "2016-01-28", "2016-01" (mid-month) or "2016" (mid-year), as on screen.</summary>
    public static DateOnly? Day(string? value) => value?.Length switch
    {
        10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        7 when DateOnly.TryParseExact(value + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month,
        4 when DateOnly.TryParseExact(value + "-07-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year) => year,
        _ => null,
    };
}
