using Dapper;
using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests;

/// <summary>Every query takes the one filter: places choose documents, dates choose facts, text searches sentences.</summary>
public sealed class QueriesTests : IDisposable
{
    private readonly TestDatabase test = new();
    private readonly long mosulId;
    private readonly long kuwaitId;

    public QueriesTests()
    {
        var store = new DocumentStore(test.Database);
        mosulId = store.Store(SampleArticles.MosulArticle()).DocumentId;
        kuwaitId = store.Store(SampleArticles.KuwaitArticle()).DocumentId;
    }

    private static Filter Places(params string[] keys) => new() { Places = keys };

    [Fact]
    public async Task Documents_PlaceFilter_KeepsTheDocumentsNamingIt()
    {
        var all = await new DocumentsQuery(test.Database).ListAsync(Filter.Empty);
        var mosul = await new DocumentsQuery(test.Database).ListAsync(Places("iq-mosul"));
        Assert.Equal(2, all.Count);
        Assert.Equal([mosulId], mosul.Select(d => d.Id));
    }

    [Fact]
    public async Task Places_Counts_MentionsPerPlaceWithCoordinates()
    {
        var places = await new PlacesQuery(test.Database).CountsAsync(Filter.Empty);
        var mosul = Assert.Single(places, p => p.Key == "iq-mosul");
        Assert.Equal(("Mosul", "الموصل", 1L, 36.34), (mosul.Name, mosul.NameAr, mosul.Mentions, mosul.Lat));
        Assert.Equal(3, places.Count);
    }

    [Fact]
    public async Task Places_FilteredByMosul_LeaveOutKuwait()
    {
        var places = await new PlacesQuery(test.Database).CountsAsync(Places("iq-mosul"));
        Assert.Equal(["iq-mosul", "sy-raqqa"], places.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Timeline_DateRange_KeepsEventsInside()
    {
        var timeline = new TimelineQuery(test.Database);
        var all = await timeline.EventsAsync(Filter.Empty);
        var january = await timeline.EventsAsync(new Filter { From = new DateOnly(2016, 1, 1), To = new DateOnly(2016, 1, 31) });
        Assert.Equal(["2014-09", "2016-01-28"], all.Select(e => e.Date));
        Assert.Equal("2016-01-28", Assert.Single(january).Date);
    }

    [Fact]
    public async Task Timeline_Event_CarriesItsSentenceForProvenance()
    {
        var item = (await new TimelineQuery(test.Database).EventsAsync(Places("iq-mosul"))).Single();
        var report = Assert.Single(item.Reports);
        Assert.Equal(mosulId, report.DocumentId);
        Assert.Contains("5.8 مليارات دولار", report.SentenceText, StringComparison.Ordinal);
        Assert.Equal(["Ash Carter"], item.Sources);
    }

    [Fact]
    public async Task Timeline_SameDateAndPlacesInTwoDocuments_IsOneEventWithTwoReports()
    {
        new DocumentStore(test.Database).Store(SampleArticles.Build(
            "تقرير آخر\nوفي الموصل قال كارتر يوم 28 يناير 2016 إن الحملة مستمرة.", new DateOnly(2016, 2, 1),
            dates: [("28 يناير 2016", "2016-01-28")], figures: [], places: [("الموصل", SampleArticles.Mosul)], sources: []));
        new DocumentStore(test.Database).Store(SampleArticles.Build(
            "تقرير ثالث\nوفي الموصل تجمع الناس يوم 28 يناير 2016.", new DateOnly(2016, 2, 1),
            dates: [("28 يناير 2016", "2016-01-28")], figures: [], places: [("الموصل", SampleArticles.Mosul)], sources: []));
        var events = await new TimelineQuery(test.Database).EventsAsync(Filter.Empty);
        Assert.Equal(2, events.Single(e => e.Places.Any(p => p.Key == "iq-mosul") && e.Date == "2016-01-28").Reports.Count);
    }

    [Fact]
    public async Task Timeline_TwoSentencesOfOneDocumentOnTheSameDayWithoutPlaces_AreOneEvent()
    {
        new DocumentStore(test.Database).Store(SampleArticles.Build(
            "خبر\nالتقى الوزير نظيره يوم 3 مارس 2016.\nIn this March 3, 2016 photo, the minister speaks.", new DateOnly(2016, 3, 4),
            dates: [("3 مارس 2016", "2016-03-03"), ("March 3, 2016", "2016-03-03")], figures: [], places: [], sources: []));
        var item = (await new TimelineQuery(test.Database).EventsAsync(Filter.Empty)).Single(e => e.Date == "2016-03-03");
        Assert.Equal(2, item.Reports.Count);
    }

    [Fact]
    public async Task Timeline_HijriDateInTheArticle_IsShownBesideTheEvent()
    {
        var article = SampleArticles.Build(
            "خبر\nوصل الوفد يوم 15 رمضان 1437 هـ إلى الموصل.", new DateOnly(2016, 6, 25),
            dates: [("15 رمضان 1437 هـ", "2016-06-20")], figures: [], places: [("الموصل", SampleArticles.Mosul)], sources: []);
        new DocumentStore(test.Database).Store(article with { Dates = [article.Dates[0] with { Calendar = "hijri" }] });
        var item = (await new TimelineQuery(test.Database).EventsAsync(Filter.Empty)).Single(e => e.Date == "2016-06-20");
        Assert.Equal("15 رمضان 1437 هـ", item.HijriText);
    }

    [Theory]
    [InlineData("places", "ix_place_mentions_sentence")]
    [InlineData("sources", "ix_source_mentions_sentence")]
    [InlineData("hijri", "ix_date_mentions_sentence")]
    public void Timeline_Lookups_SearchTheMentionsOfTheChosenEventsBySentence(string lookup, string index)
    {
        var sql = lookup switch { "places" => TimelineQuery.PlacesSql, "sources" => TimelineQuery.SourcesSql, _ => TimelineQuery.HijriSql };
        using var connection = test.Database.Open();
        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, new { sentences = "[1,2]" }).Select(r => r.Detail).ToList();
        Assert.Contains(plan, d => d.Contains($"USING INDEX {index} (sentence_id=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Costs_Measures_GroupMoneyFiguresWithTheirSentence()
    {
        var measure = Assert.Single(await new CostsQuery(test.Database).MeasuresAsync(Filter.Empty));
        Assert.Equal((5_800_000_000d, "USD", 1L), (measure.MaxValue, measure.Unit, measure.Reports));
        Assert.Equal(mosulId, measure.DocumentId);
        Assert.Contains("كلفت", measure.SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_Measure_LinksTheReportOfItsLargestValueEvenWhenThatIsTheOlderOne()
    {
        var older = new DocumentStore(test.Database).Store(SampleArticles.Build(
            "تقرير قديم\nوقال مسؤول إن الحملة كلفت 9 مليارات دولار.", new DateOnly(2015, 6, 1),
            dates: [], figures: [("9 مليارات دولار", 9_000_000_000, "USD", FigureCategory.Money)], places: [], sources: [])).DocumentId;
        var measure = Assert.Single(await new CostsQuery(test.Database).MeasuresAsync(Filter.Empty));
        Assert.Equal((2L, 5_800_000_000d, 9_000_000_000d, "2016-01-28"), (measure.Reports, measure.MinValue, measure.MaxValue, measure.LastDate));
        Assert.Equal((older, "9 مليارات دولار", 1L), (measure.DocumentId, measure.Text, measure.Sentence));
        Assert.Contains("9 مليارات دولار", measure.SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_CategoryFilterAndSort_AreAppliedOnTheServer()
    {
        var figures = new FiguresQuery(test.Database);
        var casualties = await figures.PageAsync(new Filter { Categories = [FigureCategory.Casualties] }, "value", false, 0, 10);
        var byValue = await figures.PageAsync(Filter.Empty, "value", true, 0, 1);
        Assert.Equal((1, 1500d), (casualties.Total, casualties.Rows.Single().Value));
        Assert.Equal((2, 5_800_000_000d), (byValue.Total, byValue.Rows.Single().Value));
    }

    [Fact]
    public async Task Figures_UnknownSortName_FallsBackInsteadOfReachingTheSql()
    {
        var page = await new FiguresQuery(test.Database).PageAsync(Filter.Empty, "value; DROP TABLE figures", false, 0, 10);
        Assert.Equal(2, page.Total);
    }

    [Theory]
    [InlineData("الرقه")]
    [InlineData("رقة")]
    [InlineData("كلفت الحملة")]
    public async Task Search_ArabicSpellingVariants_FindTheSentence(string text)
    {
        var documents = await new DocumentsQuery(test.Database).ListAsync(new Filter { Text = text });
        Assert.Equal([mosulId], documents.Select(d => d.Id));
    }

    [Fact]
    public async Task Search_QueryWithQuotesAndOperators_IsTakenAsPlainWords()
    {
        var documents = await new DocumentsQuery(test.Database).ListAsync(new Filter { Text = "\"الموصل OR NEAR(" });
        Assert.Empty(documents);
    }

    [Fact]
    public async Task Sources_Counts_IncludeTheOutletOfEachDocument()
    {
        var sources = await new SourcesQuery(test.Database).CountsAsync(Filter.Empty);
        Assert.Contains(sources, s => s.Name == "Ash Carter" && s.Mentions == 1);
        Assert.Contains(sources, s => s.Name == "Test outlet" && s.Kind == "outlet" && s.Documents == 2);
    }

    [Fact]
    public async Task Sources_Example_IsTheFirstMentionWhateverTheLaterOnesSay()
    {
        var later = SampleArticles.Build(
            "تقرير لاحق\nوقال وزير الدفاع كارتر إن الحملة مستمرة.", new DateOnly(2016, 3, 1),
            dates: [], figures: [], places: [], sources: [("كارتر", "Ash Carter")]);
        new DocumentStore(test.Database).Store(later with { Sources = [later.Sources[0] with { Title = "وزير الدفاع", Anonymous = true }] });
        var carter = Assert.Single(await new SourcesQuery(test.Database).CountsAsync(Filter.Empty), s => s.Name == "Ash Carter");
        Assert.Equal((2L, 2L, "وزير الدفاع", true), (carter.Mentions, carter.Documents, carter.Title, carter.Anonymous));
        Assert.Equal((mosulId, 1L), (carter.DocumentId, carter.Sentence));
        Assert.Contains("5.8 مليارات دولار", carter.SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_Filter_ChoosesDocumentsCitingTheSource()
    {
        var documents = await new DocumentsQuery(test.Database).ListAsync(new Filter { Sources = ["military official"] });
        Assert.Equal([kuwaitId], documents.Select(d => d.Id));
    }

    [Fact]
    public async Task Reader_Document_HasItsTextSentencesAndFactSpans()
    {
        var view = await new DocumentsQuery(test.Database).GetAsync(mosulId);
        Assert.NotNull(view);
        Assert.Equal(SampleArticles.MosulText, view.Text);
        Assert.Equal(3, view.Sentences.Count);
        Assert.All(view.Facts, f => Assert.Equal(f.Text, view.Text[f.Start..f.End]));
        Assert.Contains(view.Facts, f => f.Kind == "figure" && f.Number == 5_800_000_000 && f.Unit == "USD" && f.Category == "money");
        Assert.Contains(view.Facts, f => f.Kind == "place" && f.Name == "Mosul" && f.Extra == "الموصل" && f.Country == "IQ");
        Assert.Contains(view.Facts, f => f.Kind == "date" && f.Name == "2016-01-28" && f.Detail == "day");
        Assert.Equal(["date", "figure", "place", "place", "source"], view.Facts.Select(f => f.Kind).Order());
    }

    [Fact]
    public async Task Overview_Counts_FollowTheFilter()
    {
        var overview = new OverviewQuery(test.Database);
        var all = await overview.CountsAsync(Filter.Empty);
        var kuwait = await overview.CountsAsync(Places("kw-kuwait-city"));
        Assert.Equal((2L, 3L, 2L, 2L), (all.Documents, all.Places, all.Sources, all.Figures));
        Assert.Equal((1L, 1L, 1L), (kuwait.Documents, kuwait.Places, kuwait.Figures));
    }

    private static Filter Categories(params FigureCategory[] categories) => new() { Categories = categories };

    [Fact]
    public async Task Categories_ChooseTheDocumentsReportingSuchFigures_ForThePlaces()
    {
        var places = await new PlacesQuery(test.Database).CountsAsync(Categories(FigureCategory.Casualties));
        Assert.Equal(["kw-kuwait-city"], places.Select(p => p.Key));
    }

    [Fact]
    public async Task Categories_ChooseTheDocumentsReportingSuchFigures_ForTheTimeline()
    {
        var money = await new TimelineQuery(test.Database).EventsAsync(Categories(FigureCategory.Money));
        Assert.Equal(["2016-01-28"], money.Select(e => e.Date));
    }

    [Fact]
    public async Task Categories_ChooseTheDocumentsReportingSuchFigures_ForTheSourcesAndOutlets()
    {
        var sources = await new SourcesQuery(test.Database).CountsAsync(Categories(FigureCategory.Casualties));
        Assert.Equal([("Test outlet", 1L), ("military official", 1L)], sources.Select(s => (s.Name, s.Documents)).OrderBy(s => s.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Categories_ChooseTheDocumentsReportingSuchFigures_ForTheDocumentList()
    {
        var documents = new DocumentsQuery(test.Database);
        Assert.Equal([mosulId], (await documents.ListAsync(Categories(FigureCategory.Money))).Select(d => d.Id));
        Assert.Equal([kuwaitId], (await documents.ListAsync(Categories(FigureCategory.Casualties))).Select(d => d.Id));
        Assert.Empty(await documents.ListAsync(Categories(FigureCategory.Displaced)));
    }

    [Fact]
    public async Task Categories_ChooseDocumentsForTheOverviewCountsAndFiguresForItsFigureCount()
    {
        new DocumentStore(test.Database).Store(SampleArticles.Build(
            "خبر مختلط\nفي الموصل كلفت الحملة 2 مليار دولار وقتل 30 مسلحا.", new DateOnly(2016, 3, 1),
            dates: [], places: [("الموصل", SampleArticles.Mosul)], sources: [],
            figures: [("2 مليار دولار", 2_000_000_000, "USD", FigureCategory.Money), ("30 مسلحا", 30, "people", FigureCategory.Casualties)]));
        var casualties = await new OverviewQuery(test.Database).CountsAsync(Categories(FigureCategory.Casualties));
        Assert.Equal((2L, 2L, 1L, 2L, 1L), (casualties.Documents, casualties.Places, casualties.Sources, casualties.Figures, casualties.Events));
    }

    [Fact]
    public async Task Categories_ChooseTheFiguresThemselves_ForTheCostsAndTheFigureCategories()
    {
        Assert.Empty(await new CostsQuery(test.Database).MeasuresAsync(Categories(FigureCategory.Casualties)));
        Assert.Empty(await new CostsQuery(test.Database).PointsAsync(Categories(FigureCategory.Casualties)));
        Assert.Single(await new CostsQuery(test.Database).MeasuresAsync(Categories(FigureCategory.Money)));
        var categories = await new OverviewQuery(test.Database).CategoriesAsync(Categories(FigureCategory.Casualties));
        Assert.Equal([("casualties", 1L)], categories.Select(c => (c.Category, c.Figures)));
    }

    public void Dispose() => test.Dispose();
}
