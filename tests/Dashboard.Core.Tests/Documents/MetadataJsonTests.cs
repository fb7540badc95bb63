using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public class MetadataJsonTests
{
    [Fact]
    public void ParseManifest_SeedsStyle_ReadsEveryField()
    {
        const string json = """{"a.txt": {"title": "T", "outlet": "BBC Arabic", "language": "ar", "published": "2015-02-22", "published_basis": "…"}}""";
        var entry = MetadataJson.ParseManifest(json)["a.txt"];
        Assert.Equal(new ArticleMetadata { Title = "T", Outlet = "BBC Arabic", Language = "ar", Published = new DateOnly(2015, 2, 22) }, entry);
    }

    [Fact]
    public void ParseSidecar_BadDate_SaysHowToWriteIt()
    {
        var error = Assert.Throws<FormatException>(() => MetadataJson.ParseSidecar("""{"published": "22/2/2015"}""", "a.txt"));
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseSidecar_TimestampDate_KeepsTheDay()
    {
        Assert.Equal(new DateOnly(2016, 2, 10), MetadataJson.ParseSidecar("""{"published": "2016-02-10T08:00:00Z"}""", "a.txt").Published);
    }
}
