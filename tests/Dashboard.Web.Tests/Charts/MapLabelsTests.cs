using Dashboard.Data.Queries;
using Dashboard.Web.Features.Map;

namespace Dashboard.Web.Tests.Charts;

public class MapLabelsTests
{
    private static PlaceCount City(string name, double lat, double lon, long mentions) =>
        new() { Key = name, Name = name, NameAr = name, Kind = "city", Lat = lat, Lon = lon, Mentions = mentions };

    [Fact]
    public void Place_CitiesFarApart_AllGetALabelAbove()
    {
        var labels = MapLabels.Place([City("Mosul", 36.3, 43.1, 3), City("London", 51.5, -0.1, 1)], p => p.Name);
        Assert.All(labels, l => Assert.Equal("top center", l.Position));
        Assert.Equal(["Mosul", "London"], labels.Select(l => l.Text));
    }

    [Fact]
    public void Place_CrowdedCities_MoveOrDropLabelsButKeepTheMostNamed()
    {
        var crowded = Enumerable.Range(0, 8).Select(i => City($"Town{i}", 36 + i * 0.05, 43 + i * 0.05, i == 5 ? 10 : 1)).ToList();
        var labels = MapLabels.Place(crowded, p => p.Name);
        Assert.Equal("Town5", labels[5].Text);
        Assert.Equal("top center", labels[5].Position);
        Assert.True(labels.Count(l => l.Text is null) >= 4, "at most four labels fit around one spot");
        Assert.Equal(labels.Where(l => l.Text is not null).Select(l => l.Position).Distinct().Count(), labels.Count(l => l.Text is not null));
    }
}
