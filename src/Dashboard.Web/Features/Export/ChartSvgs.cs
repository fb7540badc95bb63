using Dashboard.Core.Text;
using Dashboard.Data.Queries;
using Dashboard.Web.Features.Export.Svg;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Features.Sources;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Export;

/// <summary>
/// The charts as the server draws them for the plain /export/{chart}.svg URLs (there is no browser there): the same
/// aggregated rows the pages chart, with title, units, filter and source lines, at 1600×900. PNG is not offered from a
/// plain URL: the package feed has no server-side rasteriser (no SkiaSharp, no ImageSharp), so PNGs are made by
/// plotly in the browser from the chart's export buttons.
/// </summary>
public static class ChartSvgs
{
    public const int MaxBars = 20;

    public static byte[] CostMeasures(IReadOnlyList<CostMeasure> measures, bool rates, ChartCaption caption, IStringLocalizer<SharedResource> L, string? webRoot)
    {
        var (canvas, plot) = Frame(ChartTexts.CostMeasures(measures, rates, L), caption);
        var bars = measures.Where(m => (m.Per is not null) == rates).Take(MaxBars).Select(m => new SvgBar(
            m.Counted, m.MaxValue, m.MinValue < m.MaxValue ? m.MinValue : null, Format.Figure(m.MaxValue, m.Unit, m.Per, m.ApproxReports > 0),
            ChartColors.Category["money"], "")).ToList();
        SvgBarChart.Draw(canvas, plot, bars, rates ? L["Amount per period"] : L["Amount"], L["No money figures for this filter."]);
        return Finish(canvas, webRoot);
    }

    public static byte[] CostPoints(IReadOnlyList<CostPoint> points, ChartCaption caption, IStringLocalizer<SharedResource> L, string? webRoot)
    {
        var (canvas, plot) = Frame(ChartTexts.CostsOverTime(points, L, logScale: false), caption);
        var marks = points
            .Select(p => (Day: SvgTimeChart.Day(p.Date), Point: p))
            .Where(p => p.Day is not null)
            .Select(p => new SvgTimePoint(p.Day!.Value, ChartTexts.UnitLabel(p.Point.Unit, p.Point.Per), !p.Point.Approx,
                points.Count <= 30 ? Format.Figure(p.Point.Value, p.Point.Unit, p.Point.Per, p.Point.Approx) : null, ChartColors.Category["money"]))
            .ToList();
        SvgTimeChart.Draw(canvas, plot, marks, L["No money figures for this filter."]);
        return Finish(canvas, webRoot);
    }

    public static byte[] Timeline(IReadOnlyList<TimelineItem> items, ChartCaption caption, IStringLocalizer<SharedResource> L, string? webRoot)
    {
        var (canvas, plot) = Frame(ChartTexts.Timeline(L), caption);
        var marks = items
            .Select(i => (Day: SvgTimeChart.Day(i.Date), Item: i))
            .Where(i => i.Day is not null)
            .Select(i => new SvgTimePoint(i.Day!.Value, Short(i.Item.Reports[0].DocumentTitle), i.Item.Precision == "day", null, ChartColors.Primary))
            .ToList();
        SvgTimeChart.Draw(canvas, plot, marks, L["No dated events for this filter."]);
        return Finish(canvas, webRoot);
    }

    public static byte[] Sources(IReadOnlyList<SourceCount> sources, ChartCaption caption, IStringLocalizer<SharedResource> L, string? webRoot)
    {
        var (canvas, plot) = Frame(ChartTexts.Sources(L), caption);
        var bars = sources.Take(MaxBars).Select(s => new SvgBar(
            s.Name, s.Mentions, null, Format.Count(s.Mentions), SourcesChart.KindColours.TryGetValue(s.Kind, out var colour) ? colour : ChartColors.Category["other"],
            Labels.Kind(L, s.Kind))).ToList();
        SvgBarChart.Draw(canvas, plot, bars, L["Mentions"], L["No sources for this filter."], counts: true);
        return Finish(canvas, webRoot);
    }

    public static byte[] Map(IReadOnlyList<PlaceCount> places, ChartCaption caption, IStringLocalizer<SharedResource> L, string? webRoot)
    {
        var (canvas, plot) = Frame(ChartTexts.Map(L), caption);
        var shown = places.Where(p => p.Kind != "region" || p.Lat != 0 || p.Lon != 0).ToList();
        var marks = shown.Select(p => new SvgPlace(Format.PlaceName(p.Name, p.NameAr), p.Lat, p.Lon, p.Mentions,
            ChartColors.Kind.TryGetValue(p.Kind, out var colour) ? colour : ChartColors.Category["other"], p.Kind == "city")).ToList();
        var legend = shown.Select(p => p.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(kind => ((string)L[kind switch { "city" => "Cities", "country" => "Countries", _ => "Regions" }], ChartColors.Kind.TryGetValue(kind, out var colour) ? colour : ChartColors.Category["other"]))
            .ToList();
        SvgMap.Draw(canvas, plot, webRoot is null ? [] : SvgAssets.World(webRoot), marks, legend, L["No places for this filter."]);
        return Finish(canvas, webRoot);
    }

    private static (SvgCanvas Canvas, Box Plot) Frame(ChartText text, ChartCaption caption)
    {
        var canvas = new SvgCanvas(text.Title, UiCulture.Language);
        var plot = SvgChartFrame.Draw(canvas, text, caption, UiCulture.IsArabic);
        return (canvas, plot);
    }

    /// <summary>Embeds the Arabic font when the chart holds Arabic text, then writes the file.</summary>
    private static byte[] Finish(SvgCanvas canvas, string? webRoot)
    {
        if (webRoot is not null && canvas.Root.Value.Any(TextNormalizer.IsArabicLetter))
        {
            canvas.AddStyle(SvgAssets.FontFaces(webRoot));
        }
        return canvas.ToBytes();
    }

    private static string Short(string title) => title.Length <= 40 ? title : title[..38] + "…";
}
