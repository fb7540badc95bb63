using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Places;

/// <summary>Whole classes of places the gazetteer must know, in the spellings of the outlets that name them.</summary>
public class GazetteerCoverageTests
{
    private static readonly PlaceExtractor Extractor = new(Gazetteer.BuiltIn);

    private static List<string> Names(string text) =>
        Extractor.Extract(new AnalyzedText(text), []).Select(m => m.Place.Name).Distinct().ToList();

    [Theory]
    [InlineData("ضرب الزلزال منطقة إغيل بإقليم الحوز، وأغلب الضحايا في أقاليم الحوز وتارودانت وشيشاوة.", "Ighil|Al Haouz|Taroudant|Chichaoua")] // Hespress
    [InlineData("تضرر 2930 دوارا في جبال الأطلس الكبير، وقال رئيس جماعة أمزميز إن الأسر في الخيام.", "High Atlas|Amizmiz")]                // Moroccan
    [InlineData("أعلنت جهة مراكش آسفي وجهة سوس ماسة حالة التأهب، وكذلك أقاليم أزيلال وميدلت وزاكورة.", "Marrakesh-Safi|Souss-Massa|Azilal|Midelt|Zagora")]
    [InlineData("رفعت سوناطراك إنتاجها من حقل حاسي الرمل، وصدرت الغاز المميع من مركب أرزيو، ومشروع في حوض بركين.", "Hassi R'Mel|Arzew|Berkine Basin")] // Algerian
    [InlineData("ضربت الأمطار ولايات تيسمسيلت والطارف وتيميمون والمنيعة وأولاد جلال.", "Tissemsilt|El Tarf|Timimoun|El Menia|Ouled Djellal")]
    [InlineData("The quake struck the High Atlas south of Marrakech, near Amizmiz and Talat N'Yaaqoub.", "High Atlas|Marrakesh|Amizmiz|Talat N'Yaaqoub")] // Reuters
    public void Maghreb_ProvincesWilayasAndTowns_AreKnown(string text, string expected) => Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("تصدرت مناطق دبي مارينا ونخلة جميرا والخليج التجاري القائمة، وسجلت منطقة دبي الجنوب ووسط مدينة دبي نموا.", "Dubai Marina|Palm Jumeirah|Business Bay|Dubai South|Downtown Dubai")] // Al Bayan
    [InlineData("افتتح متحف في جزيرة السعديات وحلبة في جزيرة ياس بأبوظبي.", "Saadiyat Island|Yas Island|Abu Dhabi")]   // The National (Arabic)
    [InlineData("أعلنت بلدية أم صلال والشحانية عن مشاريع في مشيرب.", "Umm Salal|Al Shahaniya|Msheireb")]             // Qatari
    [InlineData("هطلت أمطار على محافظات شمال الباطنة ومسندم وظفار.", "Al Batinah|Musandam|Dhofar")]                 // Omani
    [InlineData("Prices rose in Dubai Marina, Jumeirah Village Circle and Business Bay.", "Dubai Marina|Jumeirah Village Circle|Business Bay")] // Gulf News
    public void Gulf_EmiratesDistrictsAndGovernorates_AreKnown(string text, string expected) => Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("تضررت أحياء الجميزة ومار مخايل والكرنتينا والأشرفية في بيروت.", "Gemmayzeh|Mar Mikhael|Karantina|Achrafieh|Beirut")] // Lebanese
    [InlineData("استقبلت البتراء أكثر من مليون زائر، وارتفع الإشغال في وادي رم.", "Petra|Wadi Rum")]                // Jordanian
    [InlineData("قال الرئيس خلال مراسم في ولاية هطاي إن الحكومة سلمت المنازل في قهرمان مرعش وأورفة.", "Hatay|Kahramanmaras|Sanliurfa")] // Turkish
    [InlineData("باتت المجاعة قائمة في قضاءي بيدوا وبورهكبا بإقليم باي وفي شبيلي السفلى.", "Baidoa|Burhakaba|Bay|Lower Shabelle")] // Somali
    [InlineData("تتواصل الأعمال في الساحل الشمالي ومدينة رأس الحكمة.", "North Coast|Ras El Hekma")]               // Egyptian
    public void Levant_HornAndEgypt_DistrictsAndRegions_AreKnown(string text, string expected) => Assert.Equal(expected.Split('|'), Names(text));

    [Theory]
    [InlineData("A detention centre near Dunkirk, officers between Gravelines and Boulogne-sur-Mer, and boats from Calais.", "Dunkirk|Gravelines|Boulogne-sur-Mer|Calais")] // Guardian
    [InlineData("نقلت السلطات المهاجرين إلى بلدة بورتو إمبيدوكلي، وتعيد الأزمة ذكرى بيلوس في اليونان ومراقبة وسط المتوسط.", "Porto Empedocle|Pylos|Greece|Central Mediterranean")] // Al Jazeera
    [InlineData("Migrants landed in Lanzarote, El Hierro and Almeria, and others reached Dover.", "Lanzarote|El Hierro|Almeria|Dover")] // AP
    [InlineData("Floods hit the Swat Valley and the town of Sukkur, and Mingora was cut off.", "Swat|Sukkur|Mingora")] // AP Pakistan
    [InlineData("Senegal began oil production at its Sangomar field, and gas flowed from the Leviathan field.", "Senegal|Sangomar|Leviathan")] // Reuters energy
    public void MigrationRoutesPakistanAndEnergyFields_AreKnown(string text, string expected) => Assert.Equal(expected.Split('|'), Names(text));
}
