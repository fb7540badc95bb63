using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

/// <summary>Speakers whose first name the given-name list does not know, told by apposition, an age or a title.</summary>
public class ArabicUnknownNameTests
{
    [Theory]
    [InlineData("وقالت كاتارينا بيلوفا، رئيسة بعثة الصندوق إلى مصر، إن الاتفاق يتيح تمويلا إضافيا.", "كاتارينا بيلوفا")]
    [InlineData("وقال جورجيو بوتشيلي، مدير المكتب الإقليمي للمنظمة، لـ«النهار» إن المخزون يكفي أسبوعين.", "جورجيو بوتشيلي")]
    [InlineData("وقال ديار زيباري، المتحدث باسم حكومة الإقليم، لشبكة روداو إن الرواتب ستصرف الأحد.", "ديار زيباري")]
    [InlineData("وقال عز الدين المحجوبي، القيادي في الجبهة، إن الأرقام المعلنة مضخمة.", "عز الدين المحجوبي")]
    [InlineData("وقال محمد أيت الحاج، رئيس جماعة أمزميز، في تصريح لهسبريس إن الأسر ما زالت في الخيام.", "محمد أيت الحاج")]
    [InlineData("وقالت جواهر المري (41 عاما) لـ«الوطن» إن الإيجارات تضاعفت.", "جواهر المري")]
    [InlineData("وأوضح شوكت برزنجي، أحد سكان الحي، أن المياه قطعت منذ يومين.", "شوكت برزنجي")]
    [InlineData("وقالت أنجيليكا موريتي، وهي متطوعة في المخيم، إن الأطفال ينامون في العراء.", "أنجيليكا موريتي")]
    public void Extract_NameClosedByADescriptionOrAnAge_IsTheSpeaker(string sentence, string name)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(SourceKind.Person, mention.Kind);
        Assert.Equal(name, mention.Text);
    }

    [Theory]
    [InlineData("من جهته، قال المدير التنفيذي لإيني، ماركو ألفييري، إن بلاده تريد مزيدا من الغاز.", "ماركو ألفييري")]
    [InlineData("بينما قال المحلل في شركة \"رايستاد إنرجي\" بيورن تونهاوغن إن التحالف يبعث برسالة واضحة.", "بيورن تونهاوغن")]
    [InlineData("وقال الخبير في الجيولوجيا ناصر جبور إن المنطقة لم تشهد هزة بهذه القوة.", "ناصر جبور")]
    [InlineData("وقال وزير الصحة في الحكومة ذاتها، عثمان عبد الجليل، إن فرق الإنقاذ انتشلت مئات الجثث.", "عثمان عبد الجليل")]
    [InlineData("وقال الباحث في مركز «كارنيغي» يزيد صايغ إن الجيش يملك شبكة شركات واسعة.", "يزيد صايغ")]
    [InlineData("وقالت المعلمة شيرين محمد (41 عاما) لرووداو إنها لم تتسلم راتبها.", "شيرين محمد")]
    [InlineData("أبوظبي في 5 مارس / وام / أكد معالي سهيل بن محمد المزروعي وزير الطاقة أن الدولة تستهدف مضاعفة القدرة.", "سهيل بن محمد المزروعي")]
    [InlineData("ونقلت الوكالة الوطنية للإعلام عن رئيس بلدية صور حسن دبوق قوله إن الأضرار كبيرة.", "حسن دبوق")]
    [InlineData("وأكد صاحب السمو الشيخ محمد بن راشد آل مكتوم أن الإمارة ماضية في خططها.", "Mohammed bin Rashid")]
    [InlineData("وكان وزير المالية جبريل إبراهيم قد أكد في وقت سابق أن الحكومة ستصرف الرواتب.", "جبريل إبراهيم")]
    [InlineData("قال رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان إن القوات عازمة على الحسم.", "Abdel Fattah al-Burhan")]
    [InlineData("وقال الدفاع المدني إن طواقمه انتشلت 15 جثة، على حد قول المتحدث باسمه محمود بصل.", "Mahmoud Basal")]
    [InlineData("وقال المتحدث باسم قوات الدعم السريع، العاقب موسى، لبي بي سي إن قواته ملتزمة بالهدنة.", "العاقب موسى")]
    [InlineData("وبين الناطق الرسمي باسم الحكومة وزير الاتصال الحكومي مهند مبيضين أن القرار سيطبق مطلع الشهر.", "مهند مبيضين")]
    public void Extract_TitleWithWorkplaceOrCommaThenUnknownName_IsThatPerson(string sentence, string name)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(SourceKind.Person, mention.Kind);
    }

    [Fact]
    public void Extract_SurnameSetOffByATitle_IsTheListedPerson()
    {
        var mention = Assert.Single(SourceTestText.Extract("وقال ترامب، الرئيس الأمريكي السابق، إنه سيترشح مجددا."));
        Assert.Equal("Donald Trump", mention.Name);
    }

    [Fact]
    public void Extract_HeadOfABody_IsNotThePresidentNamedEarlier()
    {
        var mentions = SourceTestText.Extract(
            "واحتفل أنصار الرئيس قيس سعيد بالنتائج. وقال رئيس الهيئة، فاروق بوعسكر، إن نسبة المشاركة بلغت 30 بالمائة.");
        Assert.Contains(mentions, m => m.Text == "فاروق بوعسكر");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("رئيس الهيئة", StringComparison.Ordinal) && m.Name == "Kais Saied");
    }

    [Theory]
    [InlineData("وروت أم محمد كيف نقلت ابنتها أمل (7 سنوات) إلى المستشفى.")]
    [InlineData("ونقلت الشاحنات المساعدات إلى المخيمات الحدودية.")]
    [InlineData("وقال الاتفاق، في بنده الثالث، إن الهدنة تبدأ غدا.")]
    [InlineData("وأعلن وزير النفط زيادة الإنتاج، مشيرا إلى أن الأسعار مستقرة.")]
    [InlineData("وزار وزير الخارجية البريطاني ديفيد لامي معبر رفح.")]
    public void Extract_RelativeOrCarriedGoods_IsNoSpeaker(string sentence)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("ابنتها", StringComparison.Ordinal) || m.Text.Contains("الشاحنات", StringComparison.Ordinal)
            || m.Text.Contains("الاتفاق", StringComparison.Ordinal) || m.Text.Contains("زيادة", StringComparison.Ordinal) || m.Kind == SourceKind.Agency);
    }
}
