using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Figures;

/// <summary>What the words around a number decide: rates, bounds, units taken from context, proportions.</summary>
public class ContextTests
{
    [Theory]
    [InlineData("ارتفعت الأسعار بنسبة 25% على أساس سنوي.")]
    [InlineData("وصل 300 نازح في اليوم الخامس للهجوم.")]
    [InlineData("The economy grew 2% in a year of turmoil.")]
    [InlineData("Output rose by 5 million barrels a year ago.")]
    public void Extract_DateLikeRateWords_AreNotRates(string sentence)
    {
        Assert.Null(FigureKit.Single(sentence).Per);
    }

    [Theory]
    [InlineData("سجل المعدل اليومي 3.58 ملايين برميل.", "day")]
    [InlineData("The daily output of 1.2 million barrels fell.", "day")]
    [InlineData("يحصل الموظف على راتب شهري قدره 5000 ريال.", "month")]
    public void Extract_RateAdjectiveBeforeTheNumber_IsARate(string sentence, string per)
    {
        Assert.Equal(per, FigureKit.Single(sentence, "SA").Per?.Code());
    }

    [Theory]
    [InlineData("ارتفع المؤشر ليصل إلى 45 نقطة.")]
    [InlineData("تراجعت الليرة لتصل إلى 13 ألف ليرة.")]
    [InlineData("بلغ العجز ما يعادل 3% من الناتج.")]
    public void Extract_ReachingAndEquivalentTo_AreExact(string sentence)
    {
        var figure = FigureKit.Single(sentence, "LB");
        Assert.False(figure.Approx);
        Assert.Equal(FigureBound.Exact, figure.Bound);
    }

    [Theory]
    [InlineData("One in five children is malnourished.")]
    [InlineData("1 in 10 pupils lacks access to school.")]
    [InlineData("يعاني واحد من كل خمسة أطفال من سوء التغذية.")]
    public void Extract_Proportion_IsNotACount(string sentence)
    {
        var figures = FigureKit.Extract(sentence);
        Assert.True(figures.Count == 0, FigureKit.Describe(figures));
    }

    [Theory]
    [InlineData("The death toll has risen to 45, the ministry said.", 45, "casualties")]
    [InlineData("ارتفعت حصيلة القتلى إلى 57 بينهم أطفال.", 57, "casualties")]
    [InlineData("Gunmen killed 7 in the attack.", 7, "casualties")]
    [InlineData("More than 1,360 were killed in six months.", 1360, "casualties")]
    [InlineData("Police arrested 34 after the protest.", 34, "other")]
    [InlineData("About 240 were taken hostage in the raid.", 240, "other")]
    [InlineData("وتوفي منهم 56 متأثرين بجراحهم.", 56, "casualties")]
    [InlineData("The United Nations says 2.6 million have fled.", 2.6e6, "displaced")]
    public void Extract_BareNumberOfPeople_IsCountedFromItsVerb(string sentence, double value, string category)
    {
        var figure = FigureKit.Single(sentence);
        Assert.Equal(value, figure.Value);
        Assert.Equal("people", figure.Unit);
        Assert.Equal(category, figure.Category.Code());
    }

    [Theory]
    [InlineData("أعلنت الوزارة استشهاد أكثر من 2100 فلسطيني.", 2100)]
    [InlineData("قتل 5 أمريكيين في الهجوم.", 5)]
    [InlineData("Until now, just 219 Syrians had been resettled.", 219)]
    public void Extract_DemonymAfterTheNumber_CountsPeople(string sentence, double value)
    {
        var figure = FigureKit.Single(sentence);
        Assert.Equal(value, figure.Value);
        Assert.Equal("people", figure.Unit);
    }

    [Theory]
    [InlineData("The EU mobilised 27 search and rescue teams.", 27, "teams")]
    [InlineData("There are 3 main reasons for the decline.", 3, "reasons")]
    [InlineData("شارك 14 مطلقاً للنار في الاحتفال.", 14, "items")]
    public void Extract_UnknownCountedNoun_StillMakesAFigure(string sentence, double value, string unit)
    {
        var figure = FigureKit.Single(sentence);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Iran's rial fell to 500,000 per dollar on the open market.", "IRR")]
    [InlineData("The dirham is pegged at 3.6725 to the dollar.", "AED")]
    [InlineData("The deal is worth 5.8 billion U.S. dollars.", "USD")]
    [InlineData("بلغ سعر المنتج 500 ر.س في المتاجر.", "SAR")]
    [InlineData("Ethiopia's birr fell to 55 against the dollar.", "ETB")]
    public void Extract_CurrencyFromItsOwner_IsTheRightCode(string sentence, string code)
    {
        Assert.Equal(code, FigureKit.Single(sentence).Unit);
    }

    [Fact]
    public void Extract_RepeatedBareAmount_TakesTheUnitNamedBefore()
    {
        var figures = FigureKit.Extract("The UK will take up to 20,000 Syrian refugees.\n\"Twenty thousand over five years is not enough,\" she said.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("refugees", f.Unit));
    }

    [Fact]
    public void Extract_SpacedDefiniteNumber_CountsThePluralBefore()
    {
        var figure = FigureKit.Single("تنافس المرشحون على المقاعد الـ 128 في البرلمان.");
        Assert.Equal("seats", figure.Unit);
        Assert.Equal(128, figure.Value);
    }

    [Fact]
    public void Extract_CasualtyVerbOfTheNextClause_DoesNotReachBack()
    {
        var figures = FigureKit.Extract("قتل 15 شخصا وأصيب 40 آخرون في الانفجار.");
        Assert.Contains("killed", FigureKit.WithValue(figures, 15).Counted, StringComparison.Ordinal);
        Assert.Contains("wounded", FigureKit.WithValue(figures, 40).Counted, StringComparison.Ordinal);
    }
}
