using Dashboard.Data.Queries;

namespace Dashboard.Web.Features.Map;

/// <summary>
/// Where each city's label goes so that labels do not cover each other: the most-mentioned city is placed first, each
/// label tries above, below, right and left of its marker, and a label with no free spot is left out (its name is
/// still in the hover and in the table). Sizes are estimated in degrees from the extent of the places shown.
/// </summary>
public static class MapLabels
{
    private static readonly string[] Positions = ["top center", "bottom center", "middle right", "middle left"];

    public sealed record Label(string? Text, string Position);

    public static IReadOnlyList<Label> Place(IReadOnlyList<PlaceCount> places, Func<PlaceCount, string> text)
    {
        if (places.Count == 0)
        {
            return [];
        }
        // Degrees per character and per line at the zoom the map fits these places to (at least a region's width).
        var extent = Math.Max(20, Math.Max(places.Max(p => p.Lon) - places.Min(p => p.Lon), (places.Max(p => p.Lat) - places.Min(p => p.Lat)) * 2));
        var charWidth = extent / 140;
        var lineHeight = extent / 70;
        var placed = new List<(double West, double South, double East, double North)>();
        var labels = new Label[places.Count];
        foreach (var index in Enumerable.Range(0, places.Count).OrderByDescending(i => places[i].Mentions))
        {
            var place = places[index];
            var width = text(place).Length * charWidth;
            labels[index] = new Label(null, Positions[0]);
            foreach (var position in Positions)
            {
                var box = Box(place.Lon, place.Lat, width, lineHeight, position);
                if (!placed.Any(other => Overlap(box, other)))
                {
                    placed.Add(box);
                    labels[index] = new Label(text(place), position);
                    break;
                }
            }
        }
        return labels;
    }

    private static (double West, double South, double East, double North) Box(double lon, double lat, double width, double height, string position) => position switch
    {
        "top center" => (lon - width / 2, lat + height * 0.3, lon + width / 2, lat + height * 1.3),
        "bottom center" => (lon - width / 2, lat - height * 1.3, lon + width / 2, lat - height * 0.3),
        "middle right" => (lon + height * 0.4, lat - height / 2, lon + height * 0.4 + width, lat + height / 2),
        _ => (lon - height * 0.4 - width, lat - height / 2, lon - height * 0.4, lat + height / 2),
    };

    private static bool Overlap((double West, double South, double East, double North) a, (double West, double South, double East, double North) b) =>
        a.West < b.East && b.West < a.East && a.South < b.North && b.South < a.North;
}
