namespace Dashboard.Core.Tests.Sources;

public class NotASourceTests
{
    [Theory]
    [InlineData("التقى الرئيس عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة.")]
    [InlineData("ويحضر الاجتماع اللواء جيمس تيري، قائد الحملة على التنظيم.")]
    [InlineData("كتب - أحمد عبدالعاطي ومحمود رمزي:")]
    [InlineData("وأضاف أن القوات ستنسحب خلال أيام.")]
    [InlineData("وأضاف المصدر أن الحادث وقع ليلا.")]
    [InlineData("أقر البرلمان القانون بأغلبية 80 صوتا.")]
    [InlineData("وأعلن البيان الختامي للقمة دعم الخطة.")]
    [InlineData("ويمارس مسؤولون أميركيون ضغوطا من أجل تحرك سريع.")]
    [InlineData("وأعلنت السعودية ميزانية قياسية.")]
    [InlineData("وكانت واشنطن قد حذرت من أي هجوم.")]
    [InlineData("Obama met Netanyahu at the White House on Monday.")]
    [InlineData("(Reporting by Omar Hadi and Sarah Kline; Editing by Tom Barrow)")]
    [InlineData("By Hana Idris")]
    [InlineData("In this Jan. 28, 2016 file photo, Defense Secretary Ash Carter speaks during a news conference.")]
    [InlineData("The Saudi-led coalition has been bombing Shiite rebels in Yemen since March.")]
    [InlineData("Saudi Arabia said it would cut output by 500,000 barrels a day.")]
    [InlineData("The United States said on Monday that talks would resume.")]
    [InlineData("Israel said the strikes targeted militants.")]
    public void Extract_PersonOrBodyOnlyMentioned_GivesNoSource(string text)
    {
        var mentions = SourceTestText.Extract(text);
        Assert.True(mentions.Count == 0, SourceTestText.Describe(mentions));
    }

    [Fact]
    public void Extract_SourceLabel_IsNotAnAnonymousSource()
    {
        var mentions = SourceTestText.Extract("عنوان\nالنص.\nالمصدر : وكالات");
        Assert.DoesNotContain(mentions, m => m.Anonymous);
    }

    [Fact]
    public void Extract_OrdinaryWordThatNamesAPaper_IsNotThePaperAfterAVerb()
    {
        var mentions = SourceTestText.Extract("كما أقر البيان بمقتل جنديين في الاشتباكات.");
        Assert.DoesNotContain(mentions, m => m.Name == "Al Bayan");
    }

    [Fact]
    public void Extract_LowerCaseAcronymWord_IsNotTheAgency()
    {
        Assert.Empty(SourceTestText.Extract("The ap said nothing, and a map showed the spa."));
    }
}
