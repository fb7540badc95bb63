namespace Dashboard.Core.Tests.Figures;

/// <summary>What a money figure measures: its topic, the thing the topic is about, and restatements.</summary>
public class MeasureTests
{
    [Theory]
    [InlineData("وكلفت الحملة العسكرية حتى الآن 5.8 مليارات دولار.", "cost of the campaign")]
    [InlineData("قدرت تكلفة إعادة الإعمار بنحو 400 مليار دولار.", "cost of reconstruction")]
    [InlineData("The cost of the war has reached $2 trillion.", "cost of the war")]
    [InlineData("وبلغت ميزانية المشروع 3 مليارات دولار.", "budget of the project")]
    [InlineData("وبلغ العجز 12 مليار دولار.", "deficit")]
    [InlineData("دفعت الشركة 5 ملايين دولار.", "amount")]
    public void Extract_MoneyFigure_SaysWhatItMeasures(string sentence, string counted)
    {
        Assert.Equal(counted, FigureKit.Single(sentence).Counted);
    }

    [Theory]
    [InlineData("وكلفت الحملة 5.8 مليارات دولار، أي 11.4 مليون دولار يوميا.")]
    [InlineData("The campaign has cost $5.8bn, or $11.4m a day.")]
    public void Extract_RestatedAsARate_MeasuresTheSameThing(string sentence)
    {
        var figures = FigureKit.Extract(sentence);
        Assert.Equal(2, figures.Count);
        Assert.Equal(figures[0].Counted, figures[1].Counted);
        Assert.Equal("cost of the campaign", figures[1].Counted);
        Assert.Equal("day", figures[1].Per?.ToString().ToLowerInvariant());
    }
}
