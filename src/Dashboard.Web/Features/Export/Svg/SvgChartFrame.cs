namespace Dashboard.Web.Features.Export.Svg;

/// <summary>
/// What every exported chart carries around its plot, at presentation size (1600×900): the title, the units, the
/// active filter at the top, the source line at the bottom. In Arabic the lines sit on the right.
/// </summary>
public static class SvgChartFrame
{
    public const double Margin = 48;
    public const double TitleSize = 40;
    public const double LineSize = 22;
    public const double SourceSize = 19;

    /// <summary>Draws the frame and returns the box left for the plot.</summary>
    public static Box Draw(SvgCanvas canvas, ChartText text, ChartCaption caption, bool rtl)
    {
        var x = rtl ? SvgCanvas.Width - Margin : Margin;
        var align = rtl ? TextAlign.Right : TextAlign.Left;
        var width = SvgCanvas.Width - 2 * Margin;
        var header = new System.Xml.Linq.XElement(SvgCanvas.Ns + "g", new System.Xml.Linq.XAttribute("class", "chart-header"));
        header.Add(SvgCanvas.Text(x, 72, text.Title, TitleSize, align, SvgCanvas.Ink, bold: true, maxWidth: width, cssClass: "chart-title"));
        header.Add(SvgCanvas.Text(x, 112, text.Units, LineSize, align, SvgCanvas.Muted, maxWidth: width, cssClass: "chart-units"));
        header.Add(SvgCanvas.Text(x, 146, caption.Filter, LineSize, align, SvgCanvas.Ink, maxWidth: width, cssClass: "chart-filter"));
        canvas.Add(header);
        canvas.Add(SvgCanvas.Line(Margin, 166, SvgCanvas.Width - Margin, 166, SvgCanvas.Grid, 1.5));
        canvas.Add(SvgCanvas.Line(Margin, SvgCanvas.Height - 62, SvgCanvas.Width - Margin, SvgCanvas.Height - 62, SvgCanvas.Grid, 1.5));
        canvas.Add(SvgCanvas.Text(x, SvgCanvas.Height - 28, caption.Source, SourceSize, align, SvgCanvas.Muted, maxWidth: width, cssClass: "chart-source"));
        return new Box(Margin, 186, SvgCanvas.Width - 2 * Margin, SvgCanvas.Height - 62 - 20 - 186);
    }
}
