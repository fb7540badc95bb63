using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

public class CreditTests
{
    [Theory]
    [InlineData("عنوان الخبر\nمصدر الصورة Getty\nImage caption جنود في الميدان", "Getty Images", "Getty")]
    [InlineData("عنوان الخبر\nالنص الأول للخبر.\nالمصدر : وكالات", "Agencies", "وكالات")]
    [InlineData("عنوان الخبر\nجنود قرب الحدود (أ ف ب)\nالنص.", "Agence France-Presse", "أ ف ب")]
    [InlineData("عنوان الخبر\nالقاهرة - أ ش أ\nقررت الحكومة رفع الأسعار.", "Middle East News Agency", "أ ش أ")]
    [InlineData("عنوان الخبر\nالرياض - واس\nأعلنت الهيئة النتائج.", "Saudi Press Agency", "واس")]
    [InlineData("عنوان الخبر\nبغداد / الصباح\nارتفعت الصادرات.", "Al-Sabah", "الصباح")]
    [InlineData("عنوان الخبر\nبيروت - «النهار»\nانطلقت الجلسة.", "An-Nahar", "النهار")]
    [InlineData("Headline\nLONDON (Reuters) - Britain's economy grew 0.5 percent.", "Reuters", "Reuters")]
    [InlineData("Headline\nSmoke rises over the city. (AP Photo/Hassan Ammar, File)", "Associated Press", "AP Photo")]
    [InlineData("Headline\nImage source, Getty Images\nImage caption Protesters in Khartoum", "Getty Images", "Getty Images")]
    [InlineData("Headline\nThe ministry announced new curbs.\nSource: Al Jazeera and news agencies", "Al Jazeera", "Al Jazeera")]
    public void Extract_CreditLineOrDateline_GivesTheCreditedAgency(string text, string name, string written)
    {
        var mention = SourceTestText.Single(text, name);
        Assert.Equal(SourceRole.Credit, mention.Role);
        Assert.Equal(written, mention.Text);
    }

    [Fact]
    public void Extract_CityAndAgencyDateline_DoesNotTakeTheCityForAPaper()
    {
        var names = SourceTestText.Extract("عنوان الخبر\nالرياض - واس\nأعلنت الهيئة النتائج.").Select(m => m.Name);
        Assert.DoesNotContain("Al Riyadh", names);
    }

    [Fact]
    public void Extract_PhotoCredit_LeavesOutThePhotographer()
    {
        var names = SourceTestText.Extract("Headline\nSmoke rises over the city. (AP Photo/Hassan Ammar, File)").Select(m => m.Name);
        Assert.Equal(["Associated Press"], names);
    }

    [Fact]
    public void Extract_AgencyNameSpelledOutThenBracketed_IsOneAttribution()
    {
        var mentions = SourceTestText.Extract("ذكرت وكالة الأنباء الكويتية (كونا) أن المجلس وافق على الخفض.");
        var mention = Assert.Single(mentions);
        Assert.Equal("Kuwait News Agency", mention.Name);
        Assert.Equal("وكالة الأنباء الكويتية (كونا)", mention.Text);
        Assert.Equal(SourceRole.Attribution, mention.Role);
    }
}
