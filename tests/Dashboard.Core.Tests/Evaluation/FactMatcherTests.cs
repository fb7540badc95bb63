using Dashboard.Core.Documents;
using Dashboard.Core.Evaluation;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Evaluation;

public class FactMatcherTests
{
    private static ArticleFacts Facts(
        IReadOnlyList<DateMention>? dates = null, IReadOnlyList<FigureMention>? figures = null,
        IReadOnlyList<PlaceMention>? places = null, IReadOnlyList<SourceMention>? sources = null) =>
        new(new DocumentInfo("t", "ar", null, PublishedBasis.Unknown, null, null), "text", Array.Empty<Sentence>(),
            dates ?? [], figures ?? [], places ?? [], sources ?? [], []);

    private static GoldArticle Gold(
        IReadOnlyList<GoldDate>? dates = null, IReadOnlyList<GoldFigure>? figures = null,
        IReadOnlyList<GoldPlace>? places = null, IReadOnlyList<GoldSource>? sources = null) =>
        new(null, dates ?? [], figures ?? [], places ?? [], sources ?? []);

    private static FigureMention Figure(double value, string unit, RatePeriod? per = null) =>
        new("x", 0, 1, 0, value, unit, per, false, "c", unit == "USD" ? FigureCategory.Money : FigureCategory.Other);

    [Fact]
    public void Score_DatesRepeatedInTheText_CountOncePerValue()
    {
        var facts = Facts(dates: [new DateMention("a", 0, 1, 0, "2016-01-28", DatePrecision.Day, false), new DateMention("b", 5, 6, 1, "2016-01-28", DatePrecision.Day, false)]);
        var score = FactMatcher.Score("a", facts, Gold(dates: [new GoldDate("a", "2016-01-28")]));
        Assert.Equal(new Scores(1, 0, 0), score.ByKind[FactKind.Dates]);
    }

    [Theory]
    [InlineData(5_800_000_000, "USD", null, true)]
    [InlineData(5_820_000_000, "USD", null, true)]    // within 0.5 %
    [InlineData(5_900_000_000, "USD", null, false)]   // beyond 0.5 %
    [InlineData(5_800_000_000, "EUR", null, false)]   // another currency
    [InlineData(5_800_000_000, "USD", RatePeriod.Day, false)]
    public void Score_Figure_MatchesOnValuePerAndCurrency(double value, string unit, RatePeriod? per, bool matches)
    {
        var score = FactMatcher.Score("a", Facts(figures: [Figure(value, unit, per)]), Gold(figures: [new GoldFigure("x", 5_800_000_000, "USD", null, false, "cost")]));
        Assert.Equal(matches ? 1 : 0, score.ByKind[FactKind.Figures].TruePositives);
    }

    [Fact]
    public void Score_PlaceWithAnotherEnglishName_MatchesOnArabicSurfaceText()
    {
        var place = new Place("ly-tripoli", "Tripoli", "طرابلس", PlaceKind.City, "LY", 32.9, 13.2);
        var score = FactMatcher.Score("a", Facts(places: [new PlaceMention("وطرابلس", 0, 7, 0, place)]), Gold(places: [new GoldPlace("وطرابلس", "Tripoli, Libya", "city")]));
        Assert.Equal(new Scores(1, 0, 0), score.ByKind[FactKind.Places]);
    }

    [Fact]
    public void Score_PersonBySurname_MatchesTheFullName()
    {
        var source = new SourceMention("كارتر", 0, 5, 0, "Ash Carter", SourceKind.Person);
        var score = FactMatcher.Score("a", Facts(sources: [source]), Gold(sources: [new GoldSource("آشتون كارتر", "Ashton Carter", "person")]));
        Assert.Equal(1, score.ByKind[FactKind.Sources].TruePositives);
    }

    [Fact]
    public void Score_MissesAndFalseAlarms_AreListed()
    {
        var score = FactMatcher.Score("a", Facts(dates: [new DateMention("x", 0, 1, 0, "2015", DatePrecision.Year, false)]), Gold(dates: [new GoldDate("y", "2016")]));
        Assert.Equal(new Scores(0, 1, 1), score.ByKind[FactKind.Dates]);
        Assert.Contains(score.Mismatches, m => m.Missed && m.Value == "2016");
        Assert.Contains(score.Mismatches, m => !m.Missed && m.Value == "2015");
    }

    [Fact]
    public void Scores_PrecisionRecallAndF1_FollowTheirDefinitions()
    {
        var scores = new Scores(8, 2, 8);
        Assert.Equal(0.8, scores.Precision, 6);
        Assert.Equal(0.5, scores.Recall, 6);
        Assert.Equal(2 * 0.8 * 0.5 / 1.3, scores.F1, 6);
    }
}
