using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

/// <summary>Credits, datelines and outlets across Arab and wire styles, and the banks, firms and agencies the catalogue knows.</summary>
public class OutletAndCatalogueTests
{
    [Theory]
    [InlineData("عنوان\nحقوق النشر Cecilia Fabiano/LaPresse via AP\nمهاجرون ينتظرون نقلهم.", "LaPresse")]
    [InlineData("عنوان\nالجزائر – (وأج) وقع المجمع الوطني للمحروقات اتفاقا مع الشريك الإيطالي.", "Algeria Press Service")]
    [InlineData("عنوان\nعمان – (بترا) أظهرت بيانات أولية ارتفاع الدخل السياحي.", "Jordan News Agency")]
    [InlineData("Title\nPhoto: Getty Images/NurPhoto\nMigrants wait on a beach.", "NurPhoto")]
    public void Extract_CreditOrDateline_GivesTheAgency(string text, string name)
    {
        var mention = SourceTestText.Single(text, name);
        Assert.Equal(SourceKind.Agency, mention.Kind);
    }

    [Theory]
    [InlineData("وأوضحت مصادر حكومية لـ«المصري اليوم» أن الشريحة الأولى تبلغ 2.75 مليار دولار.", "Al-Masry Al-Youm")]
    [InlineData("\"This is a landmark ruling,\" said Ronit Shalev, speaking to The Times of Israel.", "Times of Israel")]
    [InlineData("وقال الوزير في مقابلة مع قناة العربية إن المفاوضات مستمرة.", "Al Arabiya")]
    [InlineData("وقالت مصادر حكومية لـ DW عربية إن الأسعار ارتفعت.", "Deutsche Welle")]
    [InlineData("وأفادت قناة «الجديد» بأن القصف طال أطراف بلدة الخيام.", "Al Jadeed")]
    [InlineData("وقال هيوا أحمد لشبكة رووداو الإعلامية إن الرواتب ستصرف.", "Rudaw")]
    [InlineData("عنوان\nرووداو ديجيتال\nوافق مجلس الوزراء على إقراض حكومة الإقليم.", "Rudaw")]
    public void Extract_OutletGivenTheStatement_IsASource(string text, string name)
    {
        SourceTestText.Single(text, name);
    }

    [Fact]
    public void Extract_UnlistedPaperInQuotes_KeepsWhatItIs()
    {
        var mentions = SourceTestText.Extract("ونقلت صحيفة \"الوسطية\" عن مصدر حكومي أن الوزارة ستنشر تقريرا.");
        Assert.Contains(mentions, m => m.Text == "صحيفة \"الوسطية\"" && m.Name == "الوسطية" && m.Kind == SourceKind.Outlet);
    }

    [Theory]
    [InlineData("وقال بنك الكويت الوطني في تقريره الأسبوعي إن السيولة تحسنت.", "National Bank of Kuwait")]
    [InlineData("وتوقعت شركة جدوى للاستثمار أن يبلغ العجز 2 في المئة.", "Jadwa Investment")]
    [InlineData("ورفع بنك أبوظبي الأول توقعاته لنمو الاقتصاد المصري.", "First Abu Dhabi Bank")]
    [InlineData("Analysts at Standard Chartered said demand would grow.", "Standard Chartered")]
    [InlineData("وبحسب مركز الملك سلمان للإغاثة والأعمال الإنسانية، وصلت 40 شاحنة.", "King Salman Humanitarian Aid and Relief Centre")]
    [InlineData("The US Geological Survey said the quake struck at a depth of 10 km.", "US Geological Survey")]
    [InlineData("وأفاد الصليب الأحمر الإيطالي بأن رضيعا توفي غرقا.", "Italian Red Cross")]
    [InlineData("Kpler data showed exports fell to 300,000 barrels a day, according to a Kpler estimate.", "Kpler")]
    public void Extract_ListedBankFirmOrAgency_GivesItsEnglishName(string sentence, string name)
    {
        SourceTestText.Single(sentence, name);
    }

    [Theory]
    [InlineData("A draft of the ruling was leaked to Channel 12 news on Sunday night.")]
    [InlineData("سوناطراك وإيني توقعان اتفاقا لرفع صادرات الغاز نحو إيطاليا")]
    [InlineData("وأعلنت الإمارات اليوم عن حزمة دعم جديدة.")]
    public void Extract_OutletOrFirmOnlyMentioned_IsNotASource(string text)
    {
        var mentions = SourceTestText.Extract(text);
        Assert.DoesNotContain(mentions, m => m.Kind is SourceKind.Outlet or SourceKind.Organization && m.Name is "Channel 12" or "Eni" or "Emarat Al Youm");
    }
}
