namespace Dashboard.Core.Tests.Dates;

public class PublishedDateTests
{
    [Theory]
    [InlineData("Iraqi forces advance\n\nBAGHDAD, March 3, 2016 (Reuters) - Iraqi forces pushed into the town.", "2016-03-03")]
    [InlineData("عنوان الخبر\n\nلندن - 10 فبراير 2016\nقال مسؤولون إن المحادثات ستستأنف.", "2016-02-10")]
    [InlineData("عنوان الخبر\nالأربعاء 10 فبراير 2016\nقال مسؤولون إن المحادثات ستستأنف.", "2016-02-10")]
    [InlineData("عنوان الخبر\nنُشر في 10 فبراير 2016 - 10:30 ص\nقال مسؤولون إن المحادثات ستستأنف.", "2016-02-10")]
    [InlineData("Headline\nPublished date: 12 October 2021 14:32 UTC\nIraqis voted on Sunday.", "2021-10-12")]
    [InlineData("الرياض - واس\nالأربعاء 1 جمادى الأولى 1437 هـ - 10 فبراير 2016 م\nأعلنت الوزارة.", "2016-02-10")]
    [InlineData("Headline\nLast updated: 2016-02-10\nOfficials said on Tuesday.", "2016-02-10")]
    [InlineData("عنوان\nالأربعاء - 1 جمادى الأولى 1437 هـ - 10 فبراير 2016 مـ رقم العدد [13589]\nنص.", "2016-02-10")]
    [InlineData("Headline\nSunday 10 February 2016 09.00 GMT\nText.", "2016-02-10")]
    [InlineData("عنوان\nآخر تحديث: 2016/2/10 الساعة 13:45 (مكة المكرمة)\nنص.", "2016-02-10")]
    [InlineData("Headline\nFEBRUARY 10, 2016 / 2:34 PM\nText.", "2016-02-10")]
    [InlineData("عنوان\n08:15 م الجمعة 07 أغسطس 2015\nنص.", "2015-08-07")]
    [InlineData("عنوان\nنشر في: 03 أبريل ,2023: 08:15 ص GST\nنص.", "2023-04-03")]
    [InlineData("عنوان\nالمصدر: \"النهار\" 8 أيار 2018 | 06:05\nنص.", "2018-05-08")]
    [InlineData("Fighting resumes\n\nBy Hana Idris\nPublished On 12 Jun 2023\nText.", "2023-06-12")]
    public void InferPublished_DatelineOrDateLine_GivesTheDay(string text, string expected)
    {
        Assert.Equal(DateTestKit.Parse(expected), DateTestKit.InferPublished(text));
    }

    [Theory]
    [InlineData("واشنطن تسعى لتعزيز التحالف\n\nFILE - In this Jan. 28, 2016 file photo, Defense Secretary Ash Carter speaks during a news conference at the Pentagon.")]
    [InlineData("افتتاح القناة\nافتتح الرئيس أمس القناة الجديدة بعد عام واحد من بدء أعمال الحفر في 5 أغسطس 2014 في احتفال كبير حضره ملوك ورؤساء ووفود من دول عدة.")]
    [InlineData("عنوان\nنُشر في فبراير 2016\nنص الخبر.")]
    [InlineData("عنوان\nقال الوزير أمس إن الحملة مستمرة.")]
    [InlineData("Egypt marks anniversary\nImage caption Protesters in Cairo on 25 January 2011\nThe anniversary passed quietly.")]
    [InlineData("BAGHDAD, Feb 10 (Reuters) - Iraqi forces retook the town.")]
    public void InferPublished_NoPrintedDay_GivesNull(string text)
    {
        Assert.Null(DateTestKit.InferPublished(text));
    }

    [Fact]
    public void InferPublished_DateFarBelowTheTop_IsIgnored()
    {
        var body = string.Concat(Enumerable.Repeat("قال المسؤولون إن الوضع هادئ.\n", 10));
        Assert.Null(DateTestKit.InferPublished("عنوان\n" + body + "10 فبراير 2016\n"));
    }
}
