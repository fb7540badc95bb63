using System.Text;
using System.Xml.Linq;
using Dashboard.Data.Queries;
using Dashboard.Web.Features.Export;
using Dashboard.Web.Features.Export.Svg;

namespace Dashboard.Web.Tests.Export;

public sealed class SvgRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ChartCaption Caption = new("Places: Mosul · 2016-01-01 to 2016-02-29", "Source: Dashboard, 2 document(s): Al Jazeera, BBC");

    private static CostMeasure Measure(string counted, double max, double min, string? per = null) => new()
    {
        Counted = counted, Unit = "USD", Per = per, MaxValue = max, MinValue = min, Reports = 2, Text = "5.8 مليارات دولار", DocumentTitle = "t",
    };

    private static IReadOnlyList<CostMeasure> Measures { get; } =
    [
        Measure("تكلفة الحملة العسكرية", 5.8e9, 5.0e9),
        Measure("<script>alert(1)</script>", 3e6, 3e6),
        Measure("daily cost", 11.4e6, 11.4e6, "day"),
    ];

    private static (XDocument Document, string Text) Parse(byte[] svg)
    {
        var text = Encoding.UTF8.GetString(svg);
        return (XDocument.Parse(text), text);
    }

    private static IEnumerable<string> Texts(XDocument document) => document.Descendants(Svg + "text").Select(t => t.Value);

    [Fact]
    public void CostMeasures_Totals_IsValidSvgWithTitleUnitsFilterAndSource()
    {
        using var _ = new CultureScope("en");
        var (document, _) = Parse(ChartSvgs.CostMeasures(Measures, rates: false, Caption, TestLocalizer.Create(), null));
        Assert.Equal(Svg + "svg", document.Root!.Name);
        Assert.Equal("0 0 1600 900", (string?)document.Root.Attribute("viewBox"));
        Assert.Equal("Money totals by what they measure", document.Root.Element(Svg + "title")?.Value);
        var texts = Texts(document).ToList();
        Assert.Contains("Money totals by what they measure", texts);
        Assert.Contains(texts, t => t.StartsWith("Units: USD", StringComparison.Ordinal));
        Assert.Contains(Caption.Filter, texts);
        Assert.Contains(Caption.Source, texts);
        Assert.Contains("5.8 billion USD", texts);
        Assert.DoesNotContain(texts, t => t.Contains("daily cost", StringComparison.Ordinal));
    }

    [Fact]
    public void CostMeasures_MarkupInArticleText_IsEscapedText()
    {
        using var _ = new CultureScope("en");
        var (document, text) = Parse(ChartSvgs.CostMeasures(Measures, rates: false, Caption, TestLocalizer.Create(), null));
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", Texts(document));
    }

    [Fact]
    public void CostMeasures_ArabicLabel_IsWrittenRightToLeft()
    {
        using var _ = new CultureScope("en");
        var (document, _) = Parse(ChartSvgs.CostMeasures(Measures, rates: false, Caption, TestLocalizer.Create(), null));
        var label = Assert.Single(document.Descendants(Svg + "text"), t => t.Value == "تكلفة الحملة العسكرية");
        Assert.Equal("rtl", (string?)label.Attribute("direction"));
        // Right-aligned against the bars: for right-to-left text that is its start.
        Assert.Equal("start", (string?)label.Attribute("text-anchor"));
    }

    [Fact]
    public void CostMeasures_Rates_ShowOnlyRates()
    {
        using var _ = new CultureScope("en");
        var texts = Texts(Parse(ChartSvgs.CostMeasures(Measures, rates: true, Caption, TestLocalizer.Create(), null)).Document).ToList();
        Assert.Contains("Money rates by what they measure", texts);
        Assert.Contains("11.4 million USD a day", texts);
        Assert.DoesNotContain("5.8 billion USD", texts);
    }

    [Fact]
    public void Frame_Arabic_TitleIsArabicAndAnchoredOnTheRight()
    {
        using var _ = new CultureScope("ar");
        var (document, _) = Parse(ChartSvgs.CostMeasures(Measures, rates: false, Caption, TestLocalizer.Create(), null));
        Assert.Equal("ar", (string?)document.Root!.Attribute(XNamespace.Xml + "lang"));
        var title = Assert.Single(document.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "chart-title");
        Assert.Equal("المجاميع المالية بحسب ما تقيسه", title.Value);
        Assert.Equal(("rtl", "start", "1552"), ((string?)title.Attribute("direction"), (string?)title.Attribute("text-anchor"), (string?)title.Attribute("x")));
    }

    [Fact]
    public void Svg_WithWebRootAndArabic_EmbedsNotoSansArabic()
    {
        using var _ = new CultureScope("en");
        var (_, text) = Parse(ChartSvgs.CostMeasures(Measures, rates: false, Caption, TestLocalizer.Create(), RepositoryFiles.WebRoot));
        Assert.Contains("font-family: 'Noto Sans Arabic'", text, StringComparison.Ordinal);
        Assert.Contains("url(data:font/woff2;base64,", text, StringComparison.Ordinal);
        Assert.Contains("'Noto Sans Arabic'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_Places_AreCirclesWithLabelsOnCountryOutlines()
    {
        using var _ = new CultureScope("en");
        PlaceCount Place(string key, string name, string nameAr, double lat, double lon, long mentions) => new()
        {
            Key = key, Name = name, NameAr = nameAr, Kind = "city", Lat = lat, Lon = lon, Mentions = mentions, Documents = 1,
        };
        var places = new[] { Place("iq-mosul", "Mosul", "الموصل", 36.34, 43.13, 3), Place("sy-raqqa", "Raqqa", "الرقة", 35.95, 39.01, 1) };
        var (document, _) = Parse(ChartSvgs.Map(places, Caption, TestLocalizer.Create(), RepositoryFiles.WebRoot));
        var circles = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "places").Elements(Svg + "circle").ToList();
        Assert.Equal(2, circles.Count);
        Assert.Contains("Mosul", Texts(document));
        var outlines = document.Descendants(Svg + "path").Where(p => p.Attribute("data-id") is not null).Select(p => (string)p.Attribute("data-id")!).ToList();
        Assert.Contains("IRQ", outlines);
        Assert.Contains("SYR", outlines);
        // Fitted to the places: far-away countries are not in the file.
        Assert.DoesNotContain("USA", outlines);
        Assert.DoesNotContain("AUS", outlines);
    }

    [Fact]
    public void Map_NoPlaces_SaysSoOnTheWorld()
    {
        using var _ = new CultureScope("en");
        var (document, _) = Parse(ChartSvgs.Map([], Caption, TestLocalizer.Create(), RepositoryFiles.WebRoot));
        Assert.Contains("No places for this filter.", Texts(document));
        Assert.Contains(document.Descendants(Svg + "path"), p => (string?)p.Attribute("data-id") == "USA");
    }

    [Fact]
    public void Timeline_Events_ArePointsOnATimeAxis()
    {
        using var _ = new CultureScope("en");
        TimelineItem Item(string date, string precision, string title) =>
            new(date, precision, "label", [new Provenance(1, title, null, 0, "s")], [], []);
        var items = new[] { Item("2016-01-28", "day", "Doc A"), Item("2016-02", "month", "Doc B"), Item("2015-11-03", "day", "Doc A") };
        var (document, _) = Parse(ChartSvgs.Timeline(items, Caption, TestLocalizer.Create(), null));
        var points = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "points");
        Assert.Equal(2, points.Elements(Svg + "circle").Count());
        Assert.Single(points.Elements(Svg + "path"));
        var texts = Texts(document).ToList();
        Assert.Contains("Doc A", texts);
        Assert.Contains("Doc B", texts);
        Assert.Contains("Jan 2016", texts);
        Assert.Contains("Dated events", texts);
    }

    [Theory]
    [InlineData(7, new[] { 0d, 2, 4, 6, 8 })]
    [InlineData(5.8e9, new[] { 0d, 2e9, 4e9, 6e9 })]
    [InlineData(1, new[] { 0d, 0.2, 0.4, 0.6, 0.8, 1 })]
    public void Ticks_Maximum_AreRoundStepsFromZeroPastIt(double max, double[] expected)
    {
        Assert.Equal(expected, Ticks.Nice(max), (a, b) => Math.Abs(a - b) < 1e-6 * Math.Max(1, Math.Abs(a)));
    }

    [Fact]
    public void Clean_ControlCharacters_AreDroppedSoTheXmlStaysValid()
    {
        Assert.Equal("ab c", SvgCanvas.Clean("a\u0001b\nc\uFFFF"));
    }
}
