using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

/// <summary>Phrasings of Arabic attribution across outlets: unnamed sources with their descriptions, participles, false friends.</summary>
public class ArabicPhrasingTests
{
    [Theory]
    [InlineData("فيما قالت مصادر مقربة من الإدارة لـ\"عكاظ\" إن قيمة الصفقة بلغت 45 مليون يورو.", "مصادر مقربة من الإدارة")]
    [InlineData("وأكد مصدر مطلع على المفاوضات أن الجولة المقبلة ستعقد في الدوحة.", "مصدر مطلع على المفاوضات")]
    [InlineData("غير أن ناشطين في الخرطوم يقولون إن العدد الحقيقي أعلى بكثير.", "ناشطين في الخرطوم")]
    [InlineData("وفي دهوك، قال أصحاب محال تجارية إن حركة الأسواق تراجعت.", "أصحاب محال تجارية")]
    [InlineData("ولم يخضع السدان لأي صيانة، وفق دراسة نشرها باحث في جامعة عمر المختار العام الماضي.", "باحث في جامعة عمر المختار")]
    [InlineData("وكان البنك قد قدر الخسائر بنحو 8 في المائة، وهو رقم وصفته مصادر حكومية بـ\"المبالغ فيه\".", "مصادر حكومية")]
    public void Extract_AnonymousSourceWithWhatDescribesIt_KeepsTheDescription(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        var mention = mentions.FirstOrDefault(m => m.Text == text);
        Assert.True(mention is not null, SourceTestText.Describe(mentions));
        Assert.True(mention.Anonymous);
    }

    [Theory]
    [InlineData("في زيارة قال مصدر حكومي إيطالي ليورونيوز إنها ستشهد الإعلان عن خطة.", "Italian government source")]
    [InlineData("وقال مصدر مصري مطلع إن وفدا أمنيا سيزور القطاع.", "informed Egyptian source")]
    [InlineData("وقال مسؤول أمني رفيع إن التحقيقات مستمرة.", "senior security official")]
    public void Extract_AnonymousSourceWithMoreAdjectives_NamesThemInEnglish(string sentence, string name)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.True(mention.Anonymous);
    }

    [Theory]
    [InlineData("بينما نظمت جبهة الخلاص الوطني وقفة احتجاجية قرب المسرح البلدي، معتبرة أن 70 بالمائة قاطعوا الاستفتاء.", "جبهة الخلاص الوطني")]
    [InlineData("ورفع المصرف المركزي أسعار الفائدة ربع نقطة، مشيرا إلى أن التضخم تراجع.", "المصرف المركزي")]
    [InlineData("وكشف وكيل اللاعب، في تصريحات لإذاعة برتغالية، أن ثلاثة أندية تقدمت بعروض.", "وكيل اللاعب")]
    [InlineData("وقال الناطق الإعلامي باسم وزارة السياحة والآثار عمر الرشدان إن عدد السياح بلغ 470 ألفا.", "عمر الرشدان")]
    public void Extract_SubjectOfTheClause_IsTheSource(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.True(mentions.Any(m => m.Text == text), SourceTestText.Describe(mentions));
    }

    [Theory]
    [InlineData("لامبيدوزا تعلن \"حالة الطوارئ\" بعد وصول نحو 7 آلاف مهاجر")]
    [InlineData("وأفاد الرشدان بأن الطلب ارتفع، مبينا أن الأسواق الأوروبية سجلت النمو الأكبر.")]
    [InlineData("ودعا المتحدث المواطنين إلى الاتصال بالرقم 4030.")]
    [InlineData("فيما بدأت السلطات نقل المئات على متن عبارات تجارية.")]
    [InlineData("وقال الناطق الإعلامي باسم وزارة السياحة والآثار عمر الرشدان إن عدد السياح بلغ 470 ألفا.")]
    public void Extract_ObjectAdjectiveOrPreposition_IsNotASource(string sentence)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.DoesNotContain(mentions, m => m.Text is "حالة الطوارئ" or "الأوروبية" or "المتحدث المواطنين" or "السلطات" or "باسم");
        Assert.DoesNotContain(mentions, m => m.Kind == SourceKind.Agency);
    }
}
