namespace Dashboard.Web.Features.Export.Svg;

/// <summary>A point in projected units (y grows northwards).</summary>
public readonly record struct Projected(double X, double Y);

/// <summary>
/// The Natural Earth projection (Šavrič, Jenny, Patterson and Jenny 2011; the polynomial form d3's geoNaturalEarth1
/// uses), the same projection the on-screen map uses, so the exported map looks like the one on the page.
/// </summary>
public static class NaturalEarth
{
    private const double Radians = Math.PI / 180;

    public static Projected Project(double lon, double lat)
    {
        var lambda = Math.Clamp(lon, -180, 180) * Radians;
        var phi = Math.Clamp(lat, -90, 90) * Radians;
        var phi2 = phi * phi;
        var phi4 = phi2 * phi2;
        var x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
        var y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        return new Projected(x, y);
    }

    public static Projected Project(GeoPoint point) => Project(point.Lon, point.Lat);
}

/// <summary>Projected bounds mapped onto a box of the SVG, keeping the aspect ratio and centring what is left over.</summary>
public sealed class MapFit
{
    private readonly double scale;
    private readonly double offsetX;
    private readonly double offsetY;

    public MapFit(double minX, double minY, double maxX, double maxY, Box box)
    {
        (MinX, MinY, MaxX, MaxY) = (minX, minY, maxX, maxY);
        var width = Math.Max(maxX - minX, 1e-9);
        var height = Math.Max(maxY - minY, 1e-9);
        scale = Math.Min(box.Width / width, box.Height / height);
        offsetX = box.X + (box.Width - width * scale) / 2 - minX * scale;
        // SVG y grows downwards: the northern edge (maxY) goes to the top of the box.
        offsetY = box.Y + (box.Height - height * scale) / 2 + maxY * scale;
    }

    public double MinX { get; }

    public double MinY { get; }

    public double MaxX { get; }

    public double MaxY { get; }

    /// <summary>The projected bounds of places, padded by a share of their size and grown to a minimum extent, then fitted to the box.</summary>
    public static MapFit Around(IReadOnlyList<Projected> points, Box box, double padding = 0.2, double minimumExtent = 0.3)
    {
        if (points.Count == 0)
        {
            var world = NaturalEarth.Project(180, 85);
            return new MapFit(-world.X, -world.Y, world.X, world.Y, box);
        }
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var width = Math.Max(maxX - minX, minimumExtent);
        var height = Math.Max(maxY - minY, minimumExtent * 0.6);
        var (centreX, centreY) = ((minX + maxX) / 2, (minY + maxY) / 2);
        // Grow the shorter side so the padded bounds have the box's shape: the fit then fills the box.
        var aspect = box.Width / box.Height;
        width *= 1 + 2 * padding;
        height *= 1 + 2 * padding;
        if (width / height < aspect)
        {
            width = height * aspect;
        }
        else
        {
            height = width / aspect;
        }
        return new MapFit(centreX - width / 2, centreY - height / 2, centreX + width / 2, centreY + height / 2, box);
    }

    public (double X, double Y) ToSvg(Projected point) => (point.X * scale + offsetX, offsetY - point.Y * scale);

    public bool Intersects(double minX, double minY, double maxX, double maxY) =>
        maxX >= MinX && minX <= MaxX && maxY >= MinY && minY <= MaxY;
}
