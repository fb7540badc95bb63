using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;
using Dashboard.Tests.Shared;

namespace Dashboard.Data.Tests;

/// <summary>Conflicting figures: the same-measure key, the tolerance, approximate ranges and the total-vs-rate check.</summary>
public sealed class ConflictsTests : IDisposable
{
    private readonly TestDatabase test = new();

    public void Dispose() => test.Dispose();

    private long Store(ArticleFacts facts) => new DocumentStore(test.Database).Store(facts).DocumentId;

    // One English article with one figure of displaced people, dated by its sentence.
    private static ArticleFacts Displaced(string figureText, double value, string day, string counted, string source, bool approx = false, FigureBound bound = FigureBound.Exact) =>
        ConflictArticles.Build($"Report {Guid.NewGuid():N}\nOn {day} officials said {figureText} were displaced near Aleppo.", "en", "Report " + source, "Test", null,
            dates: [(day, day)],
            figures: [new(figureText, value, "people", counted, FigureCategory.Displaced) { Source = source, Approx = approx, Bound = bound }],
            sources: []);

    private Task<ConflictReport> FindAsync(Filter? filter = null) => new ConflictsQuery(test.Database).FindAsync(filter ?? Filter.Empty);

    [Fact]
    public async Task Conflicts_TwoDocumentsSameMonthDifferentValues_AreOneConflictWithBothSources()
    {
        var unhcr = Store(ConflictArticles.Unhcr());
        var observatory = Store(ConflictArticles.Observatory());
        var conflict = Assert.Single((await FindAsync()).Conflicts);
        Assert.Equal("displaced", conflict.Category);
        Assert.Equal([(120_000d, "UNHCR", unhcr), (200_000d, "Syrian Observatory for Human Rights", observatory)],
            conflict.Values.Select(v => (v.Figure.Value, v.Figure.Source!, v.Figure.DocumentId)));
        Assert.Equal(("2016-02-06", "2016-02-15"), (conflict.From, conflict.To));
    }

    [Fact]
    public async Task Conflicts_Values_CarryTitleDateAndSentenceForProvenance()
    {
        Store(ConflictArticles.Unhcr());
        Store(ConflictArticles.Observatory());
        var unhcr = (await FindAsync()).Conflicts.Single().Values[0].Figure;
        Assert.Equal(ConflictArticles.UnhcrTitle, unhcr.DocumentTitle);
        Assert.Equal(ConflictArticles.UnhcrSentence, unhcr.SentenceText);
        Assert.Equal(1, unhcr.Sentence);
        Assert.Equal("2016-02-06", unhcr.Date);
        Assert.Equal("120,000 people", unhcr.Text);
    }

    [Fact]
    public async Task Conflicts_DatesMoreThan31DaysApart_AreNotCompared()
    {
        Store(Displaced("120,000 people", 120_000, "2016-02-06", "displaced people", "UNHCR"));
        Store(Displaced("200,000 people", 200_000, "2016-03-20", "displaced people", "SOHR"));
        Assert.Empty((await FindAsync()).Conflicts);
    }

    [Theory]
    [InlineData(100_000, 100_400, false)] // 0.4 %: within the 0.5 % tolerance
    [InlineData(100_000, 100_600, true)]  // 0.6 %: beyond it
    public async Task Conflicts_ExactValues_DifferBeyondHalfAPercent(double a, double b, bool conflict)
    {
        Store(Displaced("many people", a, "2016-02-06", "displaced people", "UNHCR"));
        Store(Displaced("more people", b, "2016-02-10", "displaced people", "SOHR"));
        Assert.Equal(conflict, (await FindAsync()).Conflicts.Count == 1);
    }

    [Fact]
    public async Task Conflicts_AboutFifteenHundredAnd1520_Agree()
    {
        Store(Displaced("about 1,500 people", 1_500, "2016-02-06", "displaced people", "UNHCR", approx: true, bound: FigureBound.About));
        Store(Displaced("1,520 people", 1_520, "2016-02-10", "displaced people", "SOHR"));
        Assert.Empty((await FindAsync()).Conflicts);
    }

    [Fact]
    public async Task Conflicts_AboutFifteenHundredAnd2000_Conflict()
    {
        Store(Displaced("about 1,500 people", 1_500, "2016-02-06", "displaced people", "UNHCR", approx: true, bound: FigureBound.About));
        Store(Displaced("2,000 people", 2_000, "2016-02-10", "displaced people", "SOHR"));
        var conflict = Assert.Single((await FindAsync()).Conflicts);
        Assert.Equal(FigureRangeKind.About, conflict.Values.Single(v => v.Figure.Value == 1_500).Range.Kind);
    }

    [Theory]
    [InlineData(50_000, false)]  // inside 10,000–99,999
    [InlineData(120_000, true)]  // above it
    [InlineData(8_000, true)]    // below it
    public async Task Conflicts_TensOfThousands_IsTheRangeTenThousandTo99999(double other, bool conflict)
    {
        Store(Displaced("tens of thousands", 10_000, "2016-02-06", "displaced people", "Agencies", approx: true));
        Store(Displaced("some people", other, "2016-02-10", "displaced people", "SOHR"));
        Assert.Equal(conflict, (await FindAsync()).Conflicts.Count == 1);
    }

    [Fact]
    public async Task Conflicts_AtLeastAndLargerExact_Agree_ButSmallerExactConflicts()
    {
        Store(Displaced("more than 100,000", 100_000, "2016-02-06", "displaced people", "UNHCR", bound: FigureBound.AtLeast));
        Store(Displaced("150,000 people", 150_000, "2016-02-08", "displaced people", "SOHR"));
        Assert.Empty((await FindAsync()).Conflicts);
        Store(Displaced("90,000 people", 90_000, "2016-02-09", "displaced people", "Red Crescent"));
        var conflict = Assert.Single((await FindAsync()).Conflicts);
        Assert.Equal(3, conflict.Values.Count);
    }

    [Fact]
    public async Task Conflicts_SameDocumentAndSource_IsNotAConflict()
    {
        Store(ConflictArticles.Build("Two figures\nOn 2016-02-06 UNHCR said 120,000 people were displaced and later 200,000 people were displaced.", "en", "t", "o", null,
            dates: [("2016-02-06", "2016-02-06")],
            figures:
            [
                new("120,000 people", 120_000, "people", "displaced people", FigureCategory.Displaced) { Source = "UNHCR" },
                new("200,000 people", 200_000, "people", "displaced people", FigureCategory.Displaced) { Source = "UNHCR" },
            ],
            sources: []));
        Assert.Empty((await FindAsync()).Conflicts);
    }

    [Fact]
    public async Task Conflicts_DifferentUnitOrPer_AreDifferentMeasures()
    {
        Store(ConflictArticles.Pentagon());
        Assert.Empty((await FindAsync()).Conflicts);
    }

    [Fact]
    public async Task Conflicts_ApproximateTotalBeyondExactTotal_IsAMoneyConflict()
    {
        Store(ConflictArticles.Pentagon());
        Store(ConflictArticles.Estimate());
        var conflict = Assert.Single((await FindAsync()).Conflicts);
        Assert.Equal(("money", "USD", (string?)null), (conflict.Category, conflict.Unit, conflict.Per));
        Assert.Equal([5.8e9, 7e9], conflict.Values.Select(v => v.Figure.Value));
        Assert.Equal(new FigureRange(FigureRangeKind.About, 6.3e9, 7.7e9), conflict.Values[1].Range with { Low = Math.Round(conflict.Values[1].Range.Low), High = Math.Round(conflict.Values[1].Range.High) });
    }

    [Fact]
    public async Task Conflicts_FilterBySource_KeepsOnlyItsDocuments()
    {
        Store(ConflictArticles.Unhcr());
        Store(ConflictArticles.Observatory());
        Assert.Empty((await FindAsync(new Filter { Sources = ["UNHCR"] })).Conflicts);
        Assert.Empty((await FindAsync(new Filter { Categories = [FigureCategory.Money] })).Conflicts);
    }

    [Fact]
    public async Task Conflicts_ManyReports_KeepTheLowestTheHighestAndTheLatest()
    {
        for (var i = 0; i < 15; i++)
        {
            Store(Displaced($"{i} people", 1_000 * (i + 1), $"2016-02-{i + 1:00}", "displaced people", $"Source {i}"));
        }
        var conflict = Assert.Single((await FindAsync()).Conflicts);
        Assert.Equal(FigureConflicts.MaxValues, conflict.Values.Count);
        Assert.Equal(3, conflict.MoreValues);
        Assert.Equal(1_000, conflict.Values[0].Figure.Value);
        Assert.Equal(15_000, conflict.Values[^1].Figure.Value);
        Assert.DoesNotContain(conflict.Values, v => v.Figure.Value is 2_000 or 3_000 or 4_000);
    }

    [Fact]
    public async Task Report_ConflictOf_FindsTheConflictOfEachValue()
    {
        Store(ConflictArticles.Unhcr());
        Store(ConflictArticles.Observatory());
        var report = await FindAsync();
        var conflict = report.Conflicts.Single();
        Assert.All(conflict.Values, v => Assert.Same(conflict, report.ConflictOf(v.Figure.Id)));
        Assert.Null(report.ConflictOf(-1));
    }

    [Theory]
    [InlineData("displaced people around Aleppo", "people", "aleppo displaced")]
    [InlineData("People displaced in Aleppo.", "people", "aleppo displaced")]
    [InlineData("cost of the campaign so far", "USD", "campaign cost")]
    [InlineData("daily cost of the campaign", "USD", "campaign cost")]
    [InlineData("Campaign costs", "USD", "campaign cost")]
    [InlineData("civilian deaths", "people", "civilian killed")]
    [InlineData("casualties among civilians", "people", "casualty civilian")]
    [InlineData("the", "people", "")]
    public void MeasureKey_Wording_IsNormalised(string counted, string unit, string key)
    {
        Assert.Equal(key, FigureMeasure.Key(counted, unit));
    }

    [Fact]
    public void MeasureCluster_SmallerKeyInsideOneLargerKey_JoinsIt_ButNotWhenAmbiguous()
    {
        var one = FigureMeasure.Cluster(["displaced people", "displaced people in Aleppo"], c => ("displaced", "people", null, c));
        Assert.Equal(["aleppo displaced", "aleppo displaced"], one);
        var two = FigureMeasure.Cluster(["killed", "civilians killed", "militants killed"], c => ("casualties", "people", null, c));
        Assert.Equal(["killed", "civilian killed", "killed militant"], two);
    }

    [Theory]
    [InlineData(1_500, true, "about", "about 1,500", FigureRangeKind.About, 1_350, 1_650)]
    [InlineData(10_000, true, "exact", "tens of thousands", FigureRangeKind.Magnitude, 10_000, 99_999)]
    [InlineData(10_000, true, "about", "عشرات الآلاف", FigureRangeKind.Magnitude, 10_000, 99_999)]
    [InlineData(1_000, true, "about", "about a thousand", FigureRangeKind.About, 900, 1_100)]
    [InlineData(24, true, "at_least", "أكثر من 24 دولة", FigureRangeKind.AtLeast, 24, double.PositiveInfinity)]
    [InlineData(3, false, "at_most", "at most 3", FigureRangeKind.AtMost, 0, 3)]
    [InlineData(66, false, "exact", "66 nations", FigureRangeKind.Exact, 66, 66)]
    public void FigureRange_Of_ReadsApproximationsAsRanges(double value, bool approx, string bound, string text, FigureRangeKind kind, double low, double high)
    {
        var range = FigureRange.Of(value, approx, bound, text);
        Assert.Equal(kind, range.Kind);
        Assert.Equal(low, range.Low, 6);
        Assert.Equal(high, range.High);
    }

    [Fact]
    public void TotalRate_Arithmetic_GivesDaysAndStart()
    {
        var days = TotalRateChecks.ImpliedDays(5.8e9, 11.4e6, "day");
        Assert.Equal(508.77, days, 2);
        Assert.Equal(new DateOnly(2014, 9, 19), TotalRateChecks.ImpliedStart(new DateOnly(2016, 2, 10), days));
        Assert.Equal(7 * 100, TotalRateChecks.ImpliedDays(700, 7, "week"), 6);
        Assert.Equal(365.25, TotalRateChecks.ImpliedDays(12, 12, "year"), 6);
        Assert.Equal(365.25 / 12 * 3, TotalRateChecks.ImpliedDays(300, 100, "month"), 6);
    }

    [Theory]
    [InlineData("The air campaign began on ", "Aug. 8, 2014", true)]
    [InlineData("The strikes have continued ", "since August 2014", true)]
    [InlineData("وتواصلت الغارات منذ ", "أغسطس 2014", true)]
    [InlineData("بدأت الحملة في ", "8 أغسطس 2014", true)]
    [InlineData("The minister said on ", "Jan. 28, 2016", false)]
    public void TotalRate_StartMarker_IsFoundBeforeTheDate(string before, string mention, bool start)
    {
        Assert.Equal(start, TotalRateChecks.IsStart(before, mention));
    }

    [Fact]
    public async Task TotalRate_SameDocumentWithStartDate_AgreesWithinFifteenPercent()
    {
        Store(ConflictArticles.Pentagon());
        var check = Assert.Single((await FindAsync()).Checks);
        Assert.Equal((5.8e9, 11.4e6), (check.Total.Value, check.Rate.Value));
        Assert.Equal(508.77, check.ImpliedDays, 2);
        Assert.Equal("2014-09-06", check.ImpliedStart);           // 28 January 2016 − 509 days
        Assert.Equal("2014-08-08", check.Stated?.Date);
        Assert.Equal(538, check.StatedDays);                      // 8 August 2014 → 28 January 2016
        Assert.Equal(0.054, check.Difference!.Value, 3);
        Assert.True(check.Agrees);
        Assert.Contains("began on Aug. 8, 2014", check.Stated!.SentenceText, StringComparison.Ordinal);
        Assert.Contains("5.8 billion dollars", check.Total.SentenceText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalRate_ConflictsOnly_LeavesTheChecksOut()
    {
        Store(ConflictArticles.Pentagon());
        Assert.Single((await FindAsync()).Checks);
        var report = await new ConflictsQuery(test.Database).FindAsync(Filter.Empty, withChecks: false);
        Assert.Empty(report.Checks);
    }

    [Fact]
    public async Task TotalRate_StartFarFromImplied_DoesNotAgree()
    {
        Store(ConflictArticles.Build("Cost\nThe war started in January 2010.\nOn 2016-01-28 it had cost 5.8 billion dollars.\nIt costs 11.4 million dollars a day.", "en", "t", "o", new DateOnly(2016, 2, 1),
            dates: [("January 2010", "2010-01"), ("2016-01-28", "2016-01-28")],
            figures:
            [
                new("5.8 billion dollars", 5.8e9, "USD", "war cost", FigureCategory.Money),
                new("11.4 million dollars a day", 11.4e6, "USD", "daily war cost", FigureCategory.Money) { Per = RatePeriod.Day },
            ],
            sources: []));
        var check = Assert.Single((await FindAsync()).Checks);
        Assert.Equal("2010-01-01", check.Stated?.Date);
        Assert.False(check.Agrees);
    }

    [Fact]
    public async Task TotalRate_WithoutStartDate_ShowsTheImpliedStartOnly()
    {
        Store(ConflictArticles.Build("Cost\nOn 2016-02-10 the campaign had cost 5.8 billion dollars at 11.4 million dollars a day.", "en", "t", "o", null,
            dates: [("2016-02-10", "2016-02-10")],
            figures:
            [
                new("5.8 billion dollars", 5.8e9, "USD", "cost of the campaign", FigureCategory.Money),
                new("11.4 million dollars a day", 11.4e6, "USD", "campaign cost", FigureCategory.Money) { Per = RatePeriod.Day },
            ],
            sources: []));
        var check = Assert.Single((await FindAsync()).Checks);
        Assert.Equal("2014-09-19", check.ImpliedStart);
        Assert.Null(check.Stated);
        Assert.Null(check.Agrees);
    }

    [Fact]
    public async Task TotalRate_UnrelatedMeasures_AreNotPaired()
    {
        Store(ConflictArticles.Build("Aid\nOn 2016-02-10 donors pledged 5.8 billion dollars and oil brings 11.4 million dollars a day.", "en", "t", "o", null,
            dates: [("2016-02-10", "2016-02-10")],
            figures:
            [
                new("5.8 billion dollars", 5.8e9, "USD", "aid pledged by donors", FigureCategory.Money),
                new("11.4 million dollars a day", 11.4e6, "USD", "oil revenue", FigureCategory.Money) { Per = RatePeriod.Day },
            ],
            sources: []));
        Assert.Empty((await FindAsync()).Checks);
    }
}
