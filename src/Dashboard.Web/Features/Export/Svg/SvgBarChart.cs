using Dashboard.Web.Features.Shared;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>
/// One horizontal bar: its label, its value, where reports disagree the smallest value (drawn as a whisker), the text
/// printed at its end, and its colour with the legend entry that colour stands for.
/// </summary>
public sealed record SvgBar(string Label, double Value, double? Low, string ValueText, string Color, string Legend);

/// <summary>Horizontal bars (labels stay readable in Arabic and English however long), a value axis with round ticks.</summary>
public static class SvgBarChart
{
    /// <param name="counts">True when the values are counts, so that the axis has whole-number ticks.</param>
    public static void Draw(SvgCanvas canvas, Box plot, IReadOnlyList<SvgBar> bars, string axisTitle, string emptyText, bool counts = false)
    {
        if (bars.Count == 0)
        {
            canvas.Add(SvgCanvas.Text(plot.X + plot.Width / 2, plot.Y + plot.Height / 2, emptyText, 26, TextAlign.Middle, SvgCanvas.Muted));
            return;
        }
        var legend = bars.Select(b => (b.Legend, b.Color)).Distinct().ToList();
        var legendHeight = legend.Count > 1 ? 40 : 0;
        const double axisHeight = 76;
        var rowHeight = (plot.Height - axisHeight - legendHeight) / bars.Count;
        var labelSize = Math.Clamp(rowHeight * 0.5, 13, 22);
        var valueSize = Math.Clamp(rowHeight * 0.45, 12, 20);
        var labelWidth = Math.Min(plot.Width * 0.36, bars.Max(b => SvgCanvas.EstimateWidth(b.Label, labelSize)) + 8);
        var valueWidth = Math.Min(300, bars.Max(b => SvgCanvas.EstimateWidth(b.ValueText, valueSize)) + 16);
        var left = plot.X + labelWidth + 16;
        var right = plot.Right - valueWidth;
        var ticks = Ticks.Nice(bars.Max(b => b.Value), integers: counts);
        var top = ticks[^1];
        double X(double value) => left + (right - left) * (top <= 0 ? 0 : value / top);
        var axisY = plot.Y + rowHeight * bars.Count;

        var grid = canvas.Group("grid");
        foreach (var tick in ticks)
        {
            grid.Add(SvgCanvas.Line(X(tick), plot.Y, X(tick), axisY, SvgCanvas.Grid));
            grid.Add(SvgCanvas.Text(X(tick), axisY + 28, Format.Number(tick), 18, TextAlign.Middle, SvgCanvas.Muted));
        }
        grid.Add(SvgCanvas.Line(left, axisY, right, axisY, SvgCanvas.Axis, 1.5));
        grid.Add(SvgCanvas.Text((left + right) / 2, axisY + 62, axisTitle, 20, TextAlign.Middle, SvgCanvas.Ink));
        canvas.Add(grid);

        var group = canvas.Group("bars");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var centre = plot.Y + rowHeight * (i + 0.5);
            var height = Math.Min(48, rowHeight * 0.68);
            group.Add(SvgCanvas.Text(left - 12, centre + labelSize * 0.35, bar.Label, labelSize, TextAlign.Right, SvgCanvas.Ink, maxWidth: labelWidth, cssClass: "bar-label"));
            group.Add(SvgCanvas.Rect(left, centre - height / 2, X(bar.Value) - left, height, bar.Color, rx: 2));
            if (bar.Low is { } low && low < bar.Value)
            {
                group.Add(SvgCanvas.Line(X(low), centre, X(bar.Value), centre, SvgCanvas.Ink, 2));
                group.Add(SvgCanvas.Line(X(low), centre - height / 4, X(low), centre + height / 4, SvgCanvas.Ink, 2));
            }
            group.Add(SvgCanvas.Text(X(bar.Value) + 8, centre + valueSize * 0.35, bar.ValueText, valueSize, TextAlign.Left, SvgCanvas.Ink, maxWidth: valueWidth, cssClass: "bar-value"));
        }
        canvas.Add(group);

        if (legendHeight > 0)
        {
            DrawLegend(canvas, left, plot.Bottom - 12, legend);
        }
    }

    /// <summary>A row of coloured squares with their labels, left to right.</summary>
    public static void DrawLegend(SvgCanvas canvas, double x, double y, IReadOnlyList<(string Label, string Color)> entries)
    {
        var group = canvas.Group("legend");
        foreach (var (label, color) in entries)
        {
            group.Add(SvgCanvas.Rect(x, y - 14, 18, 18, color, rx: 3));
            group.Add(SvgCanvas.Text(x + 26, y, label, 18, TextAlign.Left, SvgCanvas.Ink));
            x += 26 + SvgCanvas.EstimateWidth(label, 18) + 28;
        }
        canvas.Add(group);
    }
}

/// <summary>Round axis ticks from zero: 0, 2, 4, 6 … or 0, 1 billion, 2 billion ….</summary>
public static class Ticks
{
    public static IReadOnlyList<double> Nice(double max, int count = 5, bool integers = false)
    {
        if (!(max > 0) || double.IsInfinity(max))
        {
            return [0, 1];
        }
        var step = integers ? Math.Max(1, NiceStep(max / count)) : NiceStep(max / count);
        var ticks = new List<double>();
        for (var i = 0; ; i++)
        {
            var value = i * step;
            ticks.Add(value);
            if (value >= max * (1 - 1e-9))
            {
                break;
            }
        }
        return ticks;
    }

    public static double NiceStep(double raw)
    {
        var exponent = Math.Floor(Math.Log10(raw));
        var magnitude = Math.Pow(10, exponent);
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
