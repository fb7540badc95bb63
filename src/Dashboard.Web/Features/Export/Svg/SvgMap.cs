using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>A place on the exported map: its label in the interface language, where it is, how often it is named.</summary>
public sealed record SvgPlace(string Label, double Lat, double Lon, long Mentions, string Color, bool IsCity);

/// <summary>
/// The map as the server draws it: country outlines from the local topojson in the Natural Earth projection, fitted
/// to the places' bounds with a margin, and a circle per place sized by mentions (area follows the count) with its
/// label. Outlines outside the view are left out of the file.
/// </summary>
public static class SvgMap
{
    public const string Ocean = "#e3eef6";
    public const string Land = "#f1efe8";
    public const string Border = "#9e9e9e";
    public const int MaxLabels = 30;

    public static void Draw(SvgCanvas canvas, Box plot, IReadOnlyList<GeoShape> world, IReadOnlyList<SvgPlace> places,
        IReadOnlyList<(string Label, string Color)> legend, string emptyText)
    {
        var fit = MapFit.Around(places.Select(p => NaturalEarth.Project(p.Lon, p.Lat)).ToList(), plot);
        var map = canvas.Group("map", clip: plot);
        map.Add(SvgCanvas.Rect(plot.X, plot.Y, plot.Width, plot.Height, Ocean));
        var outlines = new XElement(SvgCanvas.Ns + "g", new XAttribute("class", "outlines"));
        foreach (var shape in world)
        {
            if (PathData(shape, fit) is { Length: > 0 } data)
            {
                var path = SvgCanvas.Path(data, Land, Border, 0.8);
                path.SetAttributeValue("fill-rule", "evenodd");
                if (shape.Id is not null)
                {
                    path.SetAttributeValue("data-id", shape.Id);
                }
                outlines.Add(path);
            }
        }
        map.Add(outlines);

        var max = places.Count == 0 ? 1 : Math.Max(1, places.Max(p => p.Mentions));
        double Radius(SvgPlace p) => 7 + 20 * Math.Sqrt((double)p.Mentions / max);
        var markers = new XElement(SvgCanvas.Ns + "g", new XAttribute("class", "places"));
        // Countries under cities, and big circles under small ones, so that every place stays visible.
        foreach (var place in places.OrderBy(p => p.IsCity).ThenByDescending(p => p.Mentions))
        {
            var (x, y) = fit.ToSvg(NaturalEarth.Project(place.Lon, place.Lat));
            markers.Add(SvgCanvas.Circle(x, y, Radius(place), place.Color, "#ffffff", 1.5, place.IsCity ? 0.85 : 0.5));
        }
        var labels = new XElement(SvgCanvas.Ns + "g", new XAttribute("class", "place-labels"),
            new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "5"), new XAttribute("stroke-linejoin", "round"),
            new XAttribute("paint-order", "stroke"));
        foreach (var place in places.OrderByDescending(p => p.Mentions).Take(MaxLabels))
        {
            var (x, y) = fit.ToSvg(NaturalEarth.Project(place.Lon, place.Lat));
            labels.Add(SvgCanvas.Text(x, y - Radius(place) - 8, place.Label, place.IsCity ? 22 : 19, TextAlign.Middle,
                place.IsCity ? SvgCanvas.Ink : "#333333", bold: place.IsCity, cssClass: "place-label"));
        }
        map.Add(markers);
        map.Add(labels);
        canvas.Add(map);
        canvas.Add(SvgCanvas.Rect(plot.X, plot.Y, plot.Width, plot.Height, "none", "#c4c4c4"));

        if (places.Count == 0)
        {
            canvas.Add(SvgCanvas.Text(plot.X + plot.Width / 2, plot.Y + plot.Height / 2, emptyText, 26, TextAlign.Middle, SvgCanvas.Muted));
        }
        else if (legend.Count > 0)
        {
            var width = legend.Sum(l => 60 + SvgCanvas.EstimateWidth(l.Label, 18)) + 12;
            canvas.Add(SvgCanvas.Rect(plot.X + 12, plot.Bottom - 52, width, 40, "#ffffff", "#c4c4c4", 6));
            var group = canvas.Group("legend");
            var x = plot.X + 28;
            foreach (var (label, color) in legend)
            {
                group.Add(SvgCanvas.Circle(x + 8, plot.Bottom - 32, 9, color, "#ffffff", 1.5, 0.85));
                group.Add(SvgCanvas.Text(x + 24, plot.Bottom - 26, label, 18, TextAlign.Left, SvgCanvas.Ink));
                x += 60 + SvgCanvas.EstimateWidth(label, 18);
            }
            canvas.Add(group);
        }
    }

    /// <summary>The SVG path of a shape's rings inside the view, or "" when the shape is outside it.</summary>
    public static string PathData(GeoShape shape, MapFit fit)
    {
        var data = new StringBuilder();
        foreach (var polygon in shape.Polygons)
        {
            if (polygon.Rings.Count == 0)
            {
                continue;
            }
            var outer = polygon.Rings[0].Select(NaturalEarth.Project).ToList();
            if (!fit.Intersects(outer.Min(p => p.X), outer.Min(p => p.Y), outer.Max(p => p.X), outer.Max(p => p.Y)))
            {
                continue;
            }
            foreach (var ring in polygon.Rings)
            {
                AppendRing(data, ring, fit);
            }
        }
        return data.ToString();
    }

    private static void AppendRing(StringBuilder data, IReadOnlyList<GeoPoint> ring, MapFit fit)
    {
        double lastX = double.NaN, lastY = double.NaN;
        var count = 0;
        foreach (var point in ring)
        {
            var (x, y) = fit.ToSvg(NaturalEarth.Project(point));
            // Points closer than half a unit add bytes, not detail.
            if (count > 0 && Math.Abs(x - lastX) < 0.5 && Math.Abs(y - lastY) < 0.5)
            {
                continue;
            }
            data.Append(count == 0 ? 'M' : 'L')
                .Append(Math.Round(x, 1).ToString("0.#", CultureInfo.InvariantCulture)).Append(' ')
                .Append(Math.Round(y, 1).ToString("0.#", CultureInfo.InvariantCulture));
            (lastX, lastY) = (x, y);
            count++;
        }
        if (count > 0)
        {
            data.Append('Z');
        }
    }
}
