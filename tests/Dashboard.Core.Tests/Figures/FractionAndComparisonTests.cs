using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// Fractions of a scale ("ثلاثة أرباع مليون", "a quarter of a million"), the rate of the other side of a comparison
/// ("4500 جنيه شهريا، مقابل 3000 جنيه"), and earthquake magnitudes.
/// </summary>
public class FractionAndComparisonTests
{
    [Theory]
    [InlineData("ويعيش في المخيم نحو ثلاثة أرباع مليون لاجئ.", 750e3)]
    [InlineData("وبلغت الخسائر ثلث مليار دينار.", 1e9 / 3)]
    [InlineData("وخصص ثلثا مليون دولار للمشروع.", 2e6 / 3)]
    [InlineData("وخصصت الحكومة ربع مليار دولار لإعادة الإعمار.", 250e6)]
    [InlineData("Nearly three-quarters of a million people fled.", 750e3)]
    [InlineData("About a quarter of a million people were displaced.", 250e3)]
    [InlineData("Two-thirds of a billion dollars was spent on the dam.", 2e9 / 3)]
    public void Extract_FractionOfAScale_IsItsValue(string sentence, double value)
    {
        var figure = Assert.Single(FigureKit.Extract(sentence));
        Assert.True(FigureKit.Close(figure.Value, value), $"{figure.Value} ≠ {value}");
    }

    [Theory]
    [InlineData("Nearly three-quarters of the population fled.")]
    [InlineData("يعيش ثلاثة أرباع السكان تحت خط الفقر.")]
    [InlineData("ويسيطر التنظيم على ثلث مساحة البلاد.")]
    public void Extract_FractionOfAThing_IsNoFigure(string sentence)
    {
        Assert.Empty(FigureKit.Extract(sentence));
    }

    [Theory]
    [InlineData("ويتقاضى المعلم 4500 جنيه شهريا، مقابل 3000 جنيه العام الماضي.", 3000, "month")]
    [InlineData("Workers now earn $5 a day, up from $3.", 3, "day")]
    [InlineData("The plant makes 400 cars a day compared with 300 cars last year.", 300, "day")]
    [InlineData("وتكلف الحرب 11.4 مليون دولار يوميا، فيما بلغت الكلفة الإجمالية 5.8 مليارات دولار.", 5.8e9, null)]
    public void Extract_OtherSideOfAComparison_HasTheSameRate(string sentence, double value, string? per)
    {
        Assert.Equal(per, FigureKit.WithValue(FigureKit.Extract(sentence), value).Per?.Code());
    }

    [Theory]
    [InlineData("A magnitude 7.8 earthquake struck southern Turkey.", 7.8)]
    [InlineData("A 7.8-magnitude quake struck southern Turkey.", 7.8)]
    [InlineData("The 6.8 magnitude earthquake hit Morocco's High Atlas.", 6.8)]
    public void Extract_Magnitude_IsAMeasure(string sentence, double value)
    {
        Assert.Equal("magnitude", FigureKit.WithValue(FigureKit.Extract(sentence), value).Unit);
    }
}
