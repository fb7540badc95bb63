using Dashboard.Web.Features.Export.Svg;

namespace Dashboard.Web.Tests.Export;

public sealed class TopoJsonTests
{
    // Quantized (scale 0.5 × 0.25, translate 10, 20) and delta-encoded arcs: arc 0 goes up then right, arc 1 down then
    // left, together a unit square; arc 2 is a small closed triangle (a hole). C walks the square backwards (~1, ~0).
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
         "arcs":[[[0,0],[0,4],[2,0]],[[2,4],[0,-4],[-2,0]],[[1,1],[0,1],[1,0],[-1,-1]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"A","arcs":[[0,1]]},
           {"type":"MultiPolygon","id":"B","arcs":[[[0,1],[2]],[]]},
           {"type":"Polygon","id":"C","arcs":[[-2,-1]]},
           {"type":"LineString","arcs":[0]},
           {"type":null}
         ]}}}
        """;

    private static GeoPoint P(double lon, double lat) => new(lon, lat);

    [Fact]
    public void Read_QuantizedDeltaArcs_DecodesAbsoluteCoordinates()
    {
        var a = Assert.Single(TopoJson.Read(Topology, "countries"), s => s.Id == "A");
        var ring = Assert.Single(Assert.Single(a.Polygons).Rings);
        Assert.Equal([P(10, 20), P(10, 21), P(11, 21), P(11, 20), P(10, 20)], ring);
    }

    [Fact]
    public void Read_NegativeArcIndexes_WalkArcsBackwards()
    {
        var c = Assert.Single(TopoJson.Read(Topology, "countries"), s => s.Id == "C");
        Assert.Equal([P(10, 20), P(11, 20), P(11, 21), P(10, 21), P(10, 20)], Assert.Single(Assert.Single(c.Polygons).Rings));
    }

    [Fact]
    public void Read_MultiPolygonWithHoleAndEmptyPart_KeepsRingsAndDropsTheEmptyPolygon()
    {
        var b = Assert.Single(TopoJson.Read(Topology, "countries"), s => s.Id == "B");
        var polygon = Assert.Single(b.Polygons);
        Assert.Equal(2, polygon.Rings.Count);
        Assert.Equal([P(10.5, 20.25), P(10.5, 20.5), P(11, 20.5), P(10.5, 20.25)], polygon.Rings[1]);
    }

    [Fact]
    public void Read_LinesAndNullGeometries_AreLeftOut()
    {
        Assert.Equal(["A", "B", "C"], TopoJson.Read(Topology, "countries").Select(s => s.Id));
    }

    [Fact]
    public void Read_UnknownObject_SaysWhichIsMissing()
    {
        var error = Assert.Throws<FormatException>(() => TopoJson.Read(Topology, "land"));
        Assert.Contains("'land'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorldOutlines_PutBaghdadInIraqAndNotInSyria()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.WebRoot, "lib", "topojson", "world_110m.json"));
        var countries = TopoJson.Read(file, "countries");
        var baghdad = P(44.36, 33.31);
        Assert.True(countries.Count > 150);
        Assert.True(Contains(Assert.Single(countries, c => c.Id == "IRQ"), baghdad));
        Assert.False(Contains(Assert.Single(countries, c => c.Id == "SYR"), baghdad));
    }

    /// <summary>Even-odd ray casting over every ring of the shape.</summary>
    private static bool Contains(GeoShape shape, GeoPoint point)
    {
        var inside = false;
        foreach (var ring in shape.Polygons.SelectMany(p => p.Rings))
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                if ((ring[i].Lat > point.Lat) != (ring[j].Lat > point.Lat)
                    && point.Lon < (ring[j].Lon - ring[i].Lon) * (point.Lat - ring[i].Lat) / (ring[j].Lat - ring[i].Lat) + ring[i].Lon)
                {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
