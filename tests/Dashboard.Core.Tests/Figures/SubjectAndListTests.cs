namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// A bare number after a figure continues its list unless a counted noun is named right before it; hedge words and
/// hotline numbers do not become figures of their own.
/// </summary>
public class SubjectAndListTests
{
    [Theory]
    [InlineData("الصحة الإيرانية: 127 وفاة جديدة بكورونا وارتفاع الإصابات إلى 23049", 23049, "cases")]
    [InlineData("مؤتمر باريس يجمع أكثر من ملياري يورو والنازحون يتجاوزون 8.6 ملايين", 8.6e6, "people")]
    [InlineData("بلغ عدد القتلى 50 شخصا والجرحى 120.", 120, "people")]
    public void Extract_NounNamedBeforeTheNumber_BeatsTheListBefore(string sentence, double value, string unit)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        Assert.Equal(unit, figure.Unit);
        Assert.False(figure.IsMoney);
    }

    [Theory]
    [InlineData("كما أعلن العراق خفضا بمقدار 211 ألف برميل، والإمارات 144 ألفا، والكويت 128 ألفا.", 128e3, "barrels")]
    [InlineData("Al-Halbousi came second with 37 seats, followed by the State of Law coalition with 35.", 35, "seats")]
    [InlineData("كان المركب يقل ما بين 400 و750 شخصا، ولم ينج منهم سوى 104.", 104, "people")]
    [InlineData("وكان على متن الحافلة 40 راكبا لم ينج منهم إلا 12.", 12, "passengers")]
    public void Extract_ListWithoutANewNoun_KeepsTheUnit(string sentence, double value, string unit)
    {
        Assert.Equal(unit, FigureKit.WithValue(FigureKit.Extract(sentence), value).Unit);
    }

    [Theory]
    [InlineData("وتلقت الهيئة على الرقم الأخضر 1814 قرابة 3 آلاف مكالمة.", 3000)]
    [InlineData("وخصص البنك الخط الساخن 16775 لتلقي نحو 500 شكوى يوميا.", 500)]
    public void Extract_HotlineNumberBeforeAHedge_IsNotAFigure(string sentence, double value)
    {
        var figure = Assert.Single(FigureKit.Extract(sentence));
        Assert.Equal(value, figure.Value);
        Assert.True(figure.Approx);
    }
}
