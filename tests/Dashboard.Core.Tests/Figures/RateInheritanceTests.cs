using Dashboard.Core.Dates;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// Where a rate comes from besides the words right after a figure: a parallel figure of the same unit in the sentence
/// before, a rate after a parenthetical restatement, pay named annual; and where it does not: "يومي الثلاثاء", a total
/// between two rates, a dated figure, money beside a daily cost.
/// </summary>
public class RateInheritanceTests
{
    [Theory]
    [InlineData("ستخفض المملكة إنتاجها بمقدار 500 ألف برميل يوميا. كما أعلن العراق خفضا بمقدار 211 ألف برميل، والإمارات 144 ألفا.", 211e3, "day")]
    [InlineData("ستخفض المملكة إنتاجها بمقدار 500 ألف برميل يوميا. كما أعلن العراق خفضا بمقدار 211 ألف برميل، والإمارات 144 ألفا.", 144e3, "day")]
    [InlineData("Saudi Arabia will cut output by 500,000 barrels per day. Iraq will cut 211,000 barrels and Kuwait 128,000.", 211e3, "day")]
    [InlineData("ويستقبل المعبر 300 شاحنة يوميا. ودخلت أمس 250 شاحنة محملة بالمساعدات.", 250, null)]
    [InlineData("بلغ المعدل اليومي 3.64 ملايين برميل. وبلغت صادرات البصرة 109 ملايين برميل، وكركوك نحو 3.1 ملايين برميل.", 3.1e6, null)]
    [InlineData("وتنتج قطر 77 مليون طن سنويا من الغاز المسال. وصدرت 80 مليون طن في 2022.", 80e6, null)]
    [InlineData("وتكلف الحرب 11.4 مليون دولار يوميا. وبلغت كلفتها الإجمالية 5.8 مليارات دولار.", 5.8e9, null)]
    [InlineData("ويطمح المجمع إلى بلوغ 35 مليار متر مكعب سنويا. ووقع اتفاقا لتزويده بكميات إضافية تقدر بـ4 ملايير متر مكعب.", 4e9, null)]
    [InlineData("ستستأنف صرف المنحة بواقع 100 دولار شهريا لنحو 100 ألف أسرة.", 100e3, null)]
    public void Extract_ParallelFigure_TakesTheRateOfTheOneBefore(string text, double value, string? per)
    {
        // The dates found first keep a dated figure ("في 2022", "أمس") from taking the rate.
        var dates = new DateExtractor().Extract(new AnalyzedText(text), new DateOnly(2023, 4, 3));
        Assert.Equal(per, FigureKit.WithValue(FigureKit.Extract(text, dates: dates), value).Per?.Code());
    }

    [Theory]
    [InlineData("the two sides were discussing supply contracts of as much as 50 billion yuan ($7.2 billion) a year.", 50e9, "year")]
    [InlineData("the two sides were discussing supply contracts of as much as 50 billion yuan ($7.2 billion) a year.", 7.2e9, "year")]
    [InlineData("وتبلغ كلفة العملية 300 مليون ريال (80 مليون دولار) شهريا.", 300e6, "month")]
    [InlineData("وتبلغ كلفة العملية 300 مليون ريال (80 مليون دولار) شهريا.", 80e6, "month")]
    [InlineData("وتنتج المصفاة يوميا نحو 400 ألف برميل.", 400e3, "day")]
    [InlineData("وتكلف الحرب 5.8 مليارات دولار (نحو 11.4 مليون دولار يوميا).", 5.8e9, null)]
    public void Extract_RateAfterARestatement_AppliesToBoth(string text, double value, string? per)
    {
        Assert.Equal(per, FigureKit.WithValue(FigureKit.Extract(text), value).Per?.Code());
    }

    [Theory]
    [InlineData("وبحسب صحيفة أبولا، سيحصل سيلفا على راتب سنوي يقارب 20 مليون يورو.", 20e6, "year")]
    [InlineData("The striker will earn an annual salary of $200 million.", 200e6, "year")]
    [InlineData("ويتقاضى الموظف أجرا شهريا قدره 3 آلاف درهم.", 3e3, "month")]
    [InlineData("The annual budget of $5 billion was approved.", 5e9, null)]
    [InlineData("وأقر البرلمان الموازنة السنوية البالغة 90 تريليون دينار.", 90e12, null)]
    public void Extract_AnnualPay_IsARate(string text, double value, string? per)
    {
        Assert.Equal(per, FigureKit.WithValue(FigureKit.Extract(text), value).Per?.Code());
    }

    [Theory]
    [InlineData("بعد وصول نحو 7 آلاف مهاجر على متن أكثر من 120 قاربا يومي الثلاثاء والأربعاء.", 120)]
    [InlineData("ووصل 500 حاج يومي الجمعة والسبت.", 500)]
    public void Extract_TwoNamedDays_AreNoRate(string text, double value)
    {
        Assert.Null(FigureKit.WithValue(FigureKit.Extract(text), value).Per);
    }
}
