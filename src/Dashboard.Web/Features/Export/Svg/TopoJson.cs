using System.Text.Json;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>A longitude and latitude in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>A polygon: its outer ring first, then its holes; each ring closed (last point = first point).</summary>
public sealed record GeoPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);

/// <summary>One feature (a country) as polygons.</summary>
public sealed record GeoShape(string? Id, IReadOnlyList<GeoPolygon> Polygons);

/// <summary>
/// Reads TopoJSON (https://github.com/topojson/topojson-specification): arcs shared between shapes, quantized to
/// integers and delta-encoded when the topology has a transform. Polygons and multipolygons are turned back into
/// rings of longitude/latitude; lines and points are left out (outlines need only areas).
/// </summary>
public static class TopoJson
{
    public static IReadOnlyList<GeoShape> Read(Stream json, string objectName)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, objectName);
    }

    public static IReadOnlyList<GeoShape> Read(string json, string objectName)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, objectName);
    }

    public static IReadOnlyList<GeoShape> Read(JsonElement topology, string objectName)
    {
        if (!topology.TryGetProperty("objects", out var objects) || !objects.TryGetProperty(objectName, out var root))
        {
            throw new FormatException($"The topology has no object '{objectName}'.");
        }
        var arcs = DecodeArcs(topology);
        var shapes = new List<GeoShape>();
        Collect(root, arcs, shapes);
        return shapes;
    }

    /// <summary>Every arc as absolute coordinates: with a transform, positions after the first are deltas from the previous one.</summary>
    public static IReadOnlyList<GeoPoint[]> DecodeArcs(JsonElement topology)
    {
        var (scaleX, scaleY, translateX, translateY, quantized) = (1d, 1d, 0d, 0d, false);
        if (topology.TryGetProperty("transform", out var transform) && transform.ValueKind == JsonValueKind.Object)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (scaleX, scaleY) = (scale[0].GetDouble(), scale[1].GetDouble());
            (translateX, translateY) = (translate[0].GetDouble(), translate[1].GetDouble());
            quantized = true;
        }
        var arcs = new List<GeoPoint[]>();
        if (!topology.TryGetProperty("arcs", out var arcsElement))
        {
            return arcs;
        }
        foreach (var arc in arcsElement.EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    points[i++] = new GeoPoint(x * scaleX + translateX, y * scaleY + translateY);
                }
                else
                {
                    points[i++] = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                }
            }
            arcs.Add(points);
        }
        return arcs;
    }

    /// <summary>
    /// A ring from arc indexes: a negative index ~i means arc i reversed; consecutive arcs share their end point, which
    /// is kept once.
    /// </summary>
    public static IReadOnlyList<GeoPoint> Ring(JsonElement indexes, IReadOnlyList<GeoPoint[]> arcs)
    {
        var ring = new List<GeoPoint>();
        foreach (var element in indexes.EnumerateArray())
        {
            var index = element.GetInt32();
            var arc = arcs[index >= 0 ? index : ~index];
            var start = ring.Count == 0 ? 0 : 1;
            if (index >= 0)
            {
                for (var i = start; i < arc.Length; i++)
                {
                    ring.Add(arc[i]);
                }
            }
            else
            {
                for (var i = arc.Length - 1 - start; i >= 0; i--)
                {
                    ring.Add(arc[i]);
                }
            }
        }
        return ring;
    }

    private static void Collect(JsonElement geometry, IReadOnlyList<GeoPoint[]> arcs, List<GeoShape> shapes)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return;
        }
        var id = geometry.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
        switch (typeElement.GetString())
        {
            case "GeometryCollection":
                if (geometry.TryGetProperty("geometries", out var geometries))
                {
                    foreach (var child in geometries.EnumerateArray())
                    {
                        Collect(child, arcs, shapes);
                    }
                }
                break;
            case "Polygon":
                shapes.Add(new GeoShape(id, [Polygon(geometry.GetProperty("arcs"), arcs)]));
                break;
            case "MultiPolygon":
                var polygons = geometry.GetProperty("arcs").EnumerateArray()
                    .Select(p => Polygon(p, arcs))
                    .Where(p => p.Rings.Count > 0)
                    .ToList();
                shapes.Add(new GeoShape(id, polygons));
                break;
        }
    }

    private static GeoPolygon Polygon(JsonElement rings, IReadOnlyList<GeoPoint[]> arcs) =>
        new(rings.EnumerateArray().Select(r => Ring(r, arcs)).Where(r => r.Count >= 3).ToList());
}
