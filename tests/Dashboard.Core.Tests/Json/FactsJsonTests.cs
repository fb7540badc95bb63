using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Facts;
using Dashboard.Core.Json;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Json;

public class FactsJsonTests
{
    private static readonly Place Mosul = new("iq-mosul", "Mosul", "الموصل", PlaceKind.City, "IQ", 36.34, 43.13);

    private static JsonElement Write()
    {
        var facts = new ArticleFacts(
            new DocumentInfo("عنوان", "ar", new DateOnly(2016, 2, 10), PublishedBasis.Metadata, "Al Jazeera", null),
            "text",
            Array.Empty<Sentence>(),
            [new DateMention("غدا الخميس", 10, 20, 1, "2016-02-11", DatePrecision.Day, true)],
            [new FigureMention("11.4 مليون دولار يوميا", 30, 52, 2, 11_400_000, "USD", RatePeriod.Day, false, "cost of the campaign", FigureCategory.Money)],
            [new PlaceMention("الموصل", 60, 66, 3, Mosul)],
            [new SourceMention("بيتر كوك", 70, 78, 4, "Peter Cook", SourceKind.Person) { Title = "Pentagon spokesman" }],
            []);
        return JsonDocument.Parse(FactsJson.Write(facts)).RootElement;
    }

    [Fact]
    public void Write_Document_FollowsTheContract()
    {
        var document = Write().GetProperty("document");
        Assert.Equal("عنوان", document.GetProperty("title").GetString());
        Assert.Equal("ar", document.GetProperty("language").GetString());
        Assert.Equal("2016-02-10", document.GetProperty("published").GetString());
    }

    [Fact]
    public void Write_Date_FollowsTheContract()
    {
        var date = Write().GetProperty("dates")[0];
        Assert.Equal("غدا الخميس", date.GetProperty("text").GetString());
        Assert.Equal(10, date.GetProperty("start").GetInt32());
        Assert.Equal(20, date.GetProperty("end").GetInt32());
        Assert.Equal("2016-02-11", date.GetProperty("value").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());
        Assert.True(date.GetProperty("relative").GetBoolean());
    }

    [Fact]
    public void Write_Figure_FollowsTheContract()
    {
        var figure = Write().GetProperty("figures")[0];
        Assert.Equal(11_400_000, figure.GetProperty("value").GetDouble());
        Assert.Equal("USD", figure.GetProperty("unit").GetString());
        Assert.Equal("day", figure.GetProperty("per").GetString());
        Assert.False(figure.GetProperty("approx").GetBoolean());
        Assert.Equal("cost of the campaign", figure.GetProperty("counted").GetString());
        Assert.Equal("money", figure.GetProperty("category").GetString());
    }

    [Fact]
    public void Write_PlaceAndSource_FollowTheContract()
    {
        var root = Write();
        var place = root.GetProperty("places")[0];
        Assert.Equal(("Mosul", "الموصل", "city", "IQ"), (place.GetProperty("name").GetString(), place.GetProperty("name_ar").GetString(), place.GetProperty("kind").GetString(), place.GetProperty("country").GetString()));
        Assert.Equal(36.34, place.GetProperty("lat").GetDouble());
        Assert.Equal(43.13, place.GetProperty("lon").GetDouble());
        var source = root.GetProperty("sources")[0];
        Assert.Equal(("Peter Cook", "person", "Pentagon spokesman"), (source.GetProperty("name").GetString(), source.GetProperty("kind").GetString(), source.GetProperty("title").GetString()));
    }
}
