using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Extraction;

/// <summary>The whole pipeline on one article: publication date, relative dates, attribution of figures, events.</summary>
public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private const string Dateline = """
        Iraq steps up oil exports

        BAGHDAD, March 3, 2021 (Reuters) - Iraq exported 3.2 million barrels a day in February, Oil Minister Ihsan Abdul Jabbar said on Tuesday.
        """;

    private const string Undated = """
        اجتماع وزاري

        قال الوزير أمس إن الحكومة ستجتمع غدا في بغداد.
        """;

    [Fact]
    public void Extract_MetadataDate_IsUsedAndSaysSo()
    {
        var facts = Extractor.Extract(Undated, new ArticleMetadata { Published = new DateOnly(2016, 2, 10) });
        Assert.Equal((new DateOnly(2016, 2, 10), PublishedBasis.Metadata), (facts.Document.Published, facts.Document.PublishedBasis));
        Assert.Equal(["2016-02-09", "2016-02-11"], facts.Dates.Select(d => d.Value).Order());
    }

    [Fact]
    public void Extract_NoMetadataButADateline_InfersThePublicationDateAndResolvesAgainstIt()
    {
        var facts = Extractor.Extract(Dateline, ArticleMetadata.None);
        Assert.Equal((new DateOnly(2021, 3, 3), PublishedBasis.Inferred), (facts.Document.Published, facts.Document.PublishedBasis));
        Assert.Contains(facts.Dates, d => d.Text == "Tuesday" && d.Value == "2021-03-02");
    }

    [Fact]
    public void Extract_NoDateAnywhere_LeavesRelativeDatesUnanchored()
    {
        var facts = Extractor.Extract(Undated, ArticleMetadata.None);
        Assert.Equal((null, PublishedBasis.Unknown), (facts.Document.Published, facts.Document.PublishedBasis));
        Assert.NotEmpty(facts.Dates);
        Assert.All(facts.Dates, d => Assert.True(d.Relative && d.Value is null && !d.Resolved));
        Assert.Empty(facts.Events);
    }

    [Fact]
    public void Extract_FigureInASaidSentence_IsAttributedToItsSource()
    {
        var facts = Extractor.Extract(Dateline, ArticleMetadata.None);
        var barrels = Assert.Single(facts.Figures);
        Assert.Equal((3_200_000d, RatePeriod.Day), (barrels.Value, barrels.Per!.Value));
        Assert.Equal(facts.Sources.Single(s => s.Role == SourceRole.Attribution).Name, barrels.Source);
    }

    [Fact]
    public void Extract_DatedSentence_BecomesAnEventWithItsPlacesAndSources()
    {
        var facts = Extractor.Extract(Dateline, ArticleMetadata.None);
        var dated = Assert.Single(facts.Events, e => e.Date == "2021-03-02");
        Assert.Contains("iq", string.Join(' ', dated.PlaceKeys), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(dated.Sources);
        Assert.Equal([0], dated.FigureIndexes);
    }

    [Fact]
    public void Extract_TitleFromTheFirstLine_WhenMetadataHasNone()
    {
        Assert.Equal("Iraq steps up oil exports", Extractor.Extract(Dateline, ArticleMetadata.None).Document.Title);
        Assert.Equal("en", Extractor.Extract(Dateline, ArticleMetadata.None).Document.Language);
        Assert.Equal("ar", Extractor.Extract(Undated, ArticleMetadata.None).Document.Language);
    }
}
