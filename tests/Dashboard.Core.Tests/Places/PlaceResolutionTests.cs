using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Places;

/// <summary>Which place a name is: a dateline's city, a compass part of a country, the region an article means.</summary>
public class PlaceResolutionTests
{
    private static readonly PlaceExtractor Extractor = new(Gazetteer.BuiltIn);

    private static List<string> Names(string text) =>
        Extractor.Extract(new AnalyzedText(text), []).Select(m => m.Place.Name).Distinct().ToList();

    [Theory]
    [InlineData("تونس (وات) - أعلنت الهيئة النتائج.\nوتجري تونس محادثات مع صندوق النقد.", "Tunis|Tunisia")]         // Tunisian
    [InlineData("الكويت، 5 يناير (كونا) -- أعلنت وزارة المالية.\nوقالت الكويت إنها ستخفض الإنفاق.", "Kuwait City|Kuwait")] // Gulf
    [InlineData("عمان (بترا) - قال وزير الخارجية إن الأردن يرحب.", "Amman|Jordan")]                                  // Jordanian
    [InlineData("جيبوتي (أ ف ب) - أعلنت حكومة جيبوتي حالة الطوارئ.", "Djibouti")]                                    // AFP Arabic
    [InlineData("الجزائر - أعلنت سوناطراك أن الجزائر رفعت صادراتها.", "Algiers|Algeria")]                            // Algerian
    [InlineData("غزة ــ العربي الجديد\nتنتظر آلاف الأسر في قطاع غزة.", "Gaza City|Gaza Strip")]                       // Levantine
    [InlineData("دبي: «البيان»\nكشفت دائرة الأراضي في دبي عن الأرقام.", "Dubai")]                                   // Gulf
    [InlineData("TUNIS, July 26 (Reuters) - Tunisia's voters backed the constitution.", "Tunis|Tunisia")]           // Reuters
    [InlineData("وتجري تونس والكويت وجيبوتي محادثات.", "Tunisia|Kuwait|Djibouti")]
    public void Extract_CountryAndCapitalOfOneName_DatelineIsTheCity(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("سيستثمر المجمع 1,5 مليار يورو في مشاريع جديدة بالجنوب الجزائري.", "Southern Algeria")]     // Algerian
    [InlineData("وسيطرت القوات على الشرق الليبي والغرب الليبي.", "Cyrenaica|Tripolitania")]                              // Libyan
    [InlineData("وتتواصل الاشتباكات في الشمال السوري.", "Northern Syria")]                                    // Levantine
    [InlineData("ونظمت الحكومة زيارة إلى الجنوب التونسي والغرب العراقي.", "Southern Tunisia|Western Iraq")]
    [InlineData("وتراجعت الصادرات إلى الجنوب العالمي وبلدان الشرق الأقصى.", "Far East")]
    public void Extract_CompassNounAndCountryAdjective_IsThatPartOfTheCountry(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("وافق مجلس الوزراء في بغداد على إقراض أربيل، وقالت رابطة صناعة النفط في كوردستان إن الخسائر كبيرة.", "Baghdad|Erbil|Kurdistan Region")]
    [InlineData("وقصفت المدفعية التركية مواقع في كردستان قرب الحدود بين تركيا وإيران وسوريا.", "Kurdistan|Turkey|Iran|Syria")]
    [InlineData("Oil exports from Kurdistan resumed, officials in Baghdad and Erbil said.", "Kurdistan Region|Baghdad|Erbil")]
    public void Extract_Kurdistan_IsTheIraqiRegionInAnIraqiStory(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("وأدت الأمطار إلى انهيار سدين على وادي درنة، لتجرف المياه أحياء في درنة.", "Wadi Derna|Derna")]   // Libyan
    [InlineData("ارتفع الإشغال في فنادق البحر الميت ووادي رم.", "Dead Sea|Wadi Rum")]                            // Jordanian
    [InlineData("Floodwater swept down Wadi Derna into the city of Derna.", "Wadi Derna|Derna")]                   // BBC
    [InlineData("وسار الوادي بالماء، وقال إن وادي الذئاب مسلسل تركي.", "")]
    public void Extract_ValleyNamedAfterATown_IsARegion(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Names(text));
}
