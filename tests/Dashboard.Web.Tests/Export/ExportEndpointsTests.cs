using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Tests.Shared;

namespace Dashboard.Web.Tests.Export;

/// <summary>The plain export URLs over hand-made articles: a link gives the file, with the page's filter applied.</summary>
public sealed partial class ExportEndpointsTests(ExportDashboardFactory factory) : IClassFixture<ExportDashboardFactory>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<IReadOnlyList<IReadOnlyList<string>>> CsvAsync(string url)
    {
        var (response, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Bom, body[..3]);
        return Csv.Parse(Encoding.UTF8.GetString(body.AsSpan(3)));
    }

    private static IReadOnlyList<string> Column(IReadOnlyList<IReadOnlyList<string>> rows, string header)
    {
        var index = rows[0].ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column '{header}' in: {string.Join(", ", rows[0])}");
        return rows.Skip(1).Select(r => r[index]).ToList();
    }

    [Theory]
    [InlineData("/export/timeline.csv")]
    [InlineData("/export/map.csv")]
    [InlineData("/export/costs.csv")]
    [InlineData("/export/sources.csv")]
    [InlineData("/export/figures.csv")]
    public async Task Csv_EveryChart_IsUtf8WithBomAHeaderAndRows(string url)
    {
        var (response, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Bom, body[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(body.AsSpan(3)));
        Assert.True(rows.Count >= 2, $"{url} has no data rows");
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Theory]
    [InlineData("/export/timeline.json", "date")]
    [InlineData("/export/map.json", "key")]
    [InlineData("/export/costs.json", "what")]
    [InlineData("/export/sources.json", "source")]
    [InlineData("/export/figures.json", "value")]
    public async Task Json_EveryChart_IsAnArrayOfObjects(string url, string key)
    {
        var (response, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(Bom, body[..3]);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.NotEqual(0, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), item => Assert.True(item.TryGetProperty(key, out _)));
    }

    [Theory]
    [InlineData("/export/timeline.svg", "Dated events")]
    [InlineData("/export/map.svg", "Places named")]
    [InlineData("/export/costs.svg", "Money totals by what they measure")]
    [InlineData("/export/costs.svg?view=rates", "Money rates by what they measure")]
    [InlineData("/export/costs.svg?view=over-time", "Money figures over time")]
    [InlineData("/export/sources.svg", "Sources by mentions")]
    public async Task Svg_EveryChart_ParsesWithItsTitleAndSourceLine(string url, string title)
    {
        var (response, body) = await GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var svg = XDocument.Parse(Encoding.UTF8.GetString(body));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(title, texts);
        Assert.Contains("Source: Dashboard, 3 document(s): =HYPERLINK(\"http://example.invalid\"), BBC Arabic, الجزيرة نت", texts);
        Assert.Contains("All documents, no filter", texts);
    }

    [Fact]
    public async Task Svg_Figures_IsNotOffered()
    {
        var (response, _) = await GetAsync("/export/figures.svg");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/export/costs.png")]
    [InlineData("/export/weather.csv")]
    public async Task Export_UnknownChartOrFormat_IsNotFound(string url)
    {
        var (response, _) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_UnknownCostsView_IsABadRequest()
    {
        var (response, _) = await GetAsync("/export/costs.csv?view=pie");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Export_File_IsAnAttachmentNamedByChartViewAndDay()
    {
        var (response, _) = await GetAsync("/export/costs.csv?view=totals");
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Matches(FileName(), disposition?.FileName ?? "");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task CostsCsv_PlaceFilter_KeepsOnlyTheDocumentsNamingThePlace()
    {
        var all = Column(await CsvAsync("/export/costs.csv?lang=en"), "What");
        var mosul = Column(await CsvAsync("/export/costs.csv?place=iq-mosul&lang=en"), "What");
        var kuwait = Column(await CsvAsync("/export/costs.csv?place=kw-kuwait-city&lang=en"), "What");
        Assert.Equal(4, all.Count);
        Assert.Equal([ExportSamples.CampaignCost, "تكلفة الحملة اليومية"], mosul.Order());
        Assert.Equal(["مساعدات للنازحين"], kuwait);
    }

    [Fact]
    public async Task MapCsv_PlaceFilter_ChangesThePlaces()
    {
        var all = Column(await CsvAsync("/export/map.csv?lang=en"), "Key");
        var mosul = Column(await CsvAsync("/export/map.csv?place=iq-mosul&lang=en"), "Key");
        Assert.Contains("kw-kuwait-city", all);
        Assert.Equal(["iq", "iq-mosul", "sy-raqqa"], mosul.Order());
    }

    [Fact]
    public async Task TimelineCsv_DateRange_KeepsEventsInside()
    {
        var dates = Column(await CsvAsync("/export/timeline.csv?from=2016-01-01&to=2016-01-31&lang=en"), "Date");
        Assert.Equal(["2016-01-28"], dates);
    }

    [Fact]
    public async Task CostsCsv_Views_SplitTotalsRatesAndPoints()
    {
        Assert.Equal(["rate"], Column(await CsvAsync("/export/costs.csv?view=rates&lang=en"), "Kind").Distinct());
        Assert.Equal(["total"], Column(await CsvAsync("/export/costs.csv?view=totals&lang=en"), "Kind").Distinct());
        Assert.Contains("2016-02-01", Column(await CsvAsync("/export/costs.csv?view=over-time&lang=en"), "Date"));
    }

    [Fact]
    public async Task CostsCsv_FormulaTitleAndArabic_AreNeutralisedAndKept()
    {
        var rows = await CsvAsync("/export/costs.csv?lang=en");
        var documents = Column(rows, "Document");
        Assert.Contains("'" + ExportSamples.FormulaTitle, documents);
        Assert.DoesNotContain(documents, d => d.StartsWith('='));
        Assert.Contains(ExportSamples.MosulTitle, documents);
        Assert.Contains("5.8 billion USD", Column(rows, "Amount"));
        Assert.Contains("5800000000", Column(rows, "Value"));
        Assert.All(Column(rows, "Link"), link => Assert.Matches(ReaderLink(), link));
    }

    [Fact]
    public async Task TimelineCsv_FormulaOutlet_IsNeutralised()
    {
        var outlets = Column(await CsvAsync("/export/timeline.csv?lang=en"), "Outlet");
        Assert.Contains("'=HYPERLINK(\"http://example.invalid\")", outlets);
        Assert.DoesNotContain(outlets, o => o.StartsWith('='));
    }

    [Fact]
    public async Task Csv_ArabicLanguage_HasArabicHeadersAndLabels()
    {
        var rows = await CsvAsync("/export/costs.csv?lang=ar");
        Assert.Equal("ماذا", rows[0][0]);
        Assert.Contains("5.8 مليار دولار", Column(rows, "المبلغ"));
        Assert.Contains("إجمالي", Column(rows, "النوع"));
    }

    [Fact]
    public async Task Json_Costs_KeepsTypesAndArabic()
    {
        var (_, body) = await GetAsync("/export/costs.json?place=iq-mosul&view=totals&lang=ar");
        using var json = JsonDocument.Parse(body);
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(ExportSamples.CampaignCost, item.GetProperty("what").GetString());
        Assert.Equal(5.8e9, item.GetProperty("value").GetDouble());
        Assert.Equal("USD", item.GetProperty("unit").GetString());
        Assert.Contains(ExportSamples.CampaignCost, Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Svg_PlaceFilter_IsWrittenInTheFilterLineAndNarrowsTheMap()
    {
        var (_, body) = await GetAsync("/export/map.svg?place=iq-mosul&from=2016-01-01&to=2016-02-29&lang=en");
        var svg = XDocument.Parse(Encoding.UTF8.GetString(body));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Places: Mosul · 2016-01-01 to 2016-02-29", texts);
        Assert.Contains("Mosul", texts);
        Assert.DoesNotContain("Kuwait City", texts);
    }

    [Fact]
    public async Task Svg_Arabic_HasRightToLeftArabicLines()
    {
        var (_, body) = await GetAsync("/export/map.svg?place=iq-mosul&lang=ar");
        var svg = XDocument.Parse(Encoding.UTF8.GetString(body));
        var filter = svg.Descendants().Single(e => (string?)e.Attribute("class") == "chart-filter");
        Assert.Equal("الأماكن: الموصل", filter.Value);
        Assert.Equal("rtl", (string?)filter.Attribute("direction"));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "الرقة");
    }

    [Fact]
    public async Task Svg_ScriptInArticleText_StaysText()
    {
        var (_, body) = await GetAsync("/export/costs.svg?lang=en");
        var text = Encoding.UTF8.GetString(body);
        var svg = XDocument.Parse(text);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.StartsWith(ExportSamples.ScriptText, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Briefing_Filter_ShowsKeyFiguresWithProvenanceAndTheFilterLine()
    {
        var html = await factory.CreateClient().GetStringAsync("/briefing?place=iq-mosul");
        Assert.Contains("<h1 id=\"briefing-title\">Briefing</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Places: Mosul", html, StringComparison.Ordinal);
        Assert.Contains("5.8 billion USD", html, StringComparison.Ordinal);
        Assert.Contains("href=\"documents/1?sentence=1#s1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("20 million USD", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/costs?place=iq-mosul", "export/costs.csv?place=iq-mosul&amp;view=totals&amp;lang=en")]
    [InlineData("/costs?place=iq-mosul", "export/costs.json?place=iq-mosul&amp;view=rates&amp;lang=en")]
    [InlineData("/map?from=2016-01-01", "export/map.csv?from=2016-01-01&amp;lang=en")]
    [InlineData("/timeline", "export/timeline.csv?lang=en")]
    [InlineData("/sources", "export/sources.json?lang=en")]
    [InlineData("/figures?cat=money", "export/figures.csv?cat=money&amp;lang=en")]
    public async Task Page_ExportLinks_CarryThePageFilter(string page, string link)
    {
        var html = await factory.CreateClient().GetStringAsync(page);
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_HasTheBriefingPage()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.Contains("href=\"briefing\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^costs-totals-\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^http://localhost/documents/\d+(\?sentence=\d+#s\d+)?$")]
    private static partial Regex ReaderLink();
}
