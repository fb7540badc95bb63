namespace Dashboard.Core.Tests.Sources;

/// <summary>Bodies the catalogue does not list, named where a report or a statement is attributed to them.</summary>
public class ArabicBodyTests
{
    [Theory]
    [InlineData("وحسب آخر حصيلة لوزارة الداخلية، بلغ عدد الوفيات 2946 شخصا.", "وزارة الداخلية")]
    [InlineData("وبحسب أحدث بيانات هيئة الإحصاء الاتحادية، تراجع التضخم إلى 3 في المئة.", "هيئة الإحصاء الاتحادية")]
    [InlineData("وأعلن مركز الملك سلمان للإغاثة عن تبرع بقيمة 66.7 مليون دولار.", "مركز الملك سلمان للإغاثة")]
    [InlineData("وقالت جامعة الملك عبد العزيز إن الدراسة شملت 3 آلاف طالب.", "جامعة الملك عبد العزيز")]
    [InlineData("وأفادت جامعة طهران للعلوم الطبية بأن فرقها أجرت 80 ألف فحص.", "جامعة طهران للعلوم الطبية")]
    [InlineData("وقال المجلس البلدي لجزيرة لامبيدوزا إن عدد الوافدين تجاوز عدد السكان.", "المجلس البلدي لجزيرة لامبيدوزا")]
    [InlineData("وبحسب رابطة صناعة النفط في كوردستان (أبيكور)، تجاوزت الخسائر 4 مليارات دولار.", "رابطة صناعة النفط في كوردستان")]
    [InlineData("ولم يخضع السدان لأي صيانة، وفق دراسة نشرها مركز البحوث البيئية العام الماضي.", "مركز البحوث البيئية")]
    [InlineData("وقالت وزارة الصحة في طرابلس إن 20 شخصا أصيبوا.", "وزارة الصحة")]
    [InlineData("وأعلنت وزارة الداخلية الحداد ثلاثة أيام.", "وزارة الداخلية")]
    [InlineData("أعلن الديوان الأميري أن الأمير سيزور واشنطن الأسبوع المقبل.", "الديوان الأميري")]
    [InlineData("وزعمت جماعة أنصار الشريعة، في بيان بثته قناة المسيرة، أنها أسقطت طائرة مسيرة.", "جماعة أنصار الشريعة")]
    [InlineData("وزعم الحوثيون، في بيان بثته قناة المسيرة، أنهم أسقطوا طائرة مسيرة.", "قناة المسيرة")]
    [InlineData("وقالت وزارة الصحة والعلاج والتعليم الطبي الإيرانية إن 127 شخصا توفوا.", "وزارة الصحة والعلاج والتعليم الطبي الإيرانية")]
    [InlineData("وأعلنت وزارة الأشغال العامة والإسكان أن 1800 وحدة دمرت.", "وزارة الأشغال العامة والإسكان")]
    public void Extract_UnlistedBody_GivesItsWholeName(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.True(mentions.Any(m => m.Text == text), SourceTestText.Describe(mentions));
    }

    [Fact]
    public void Extract_ShortNameGivenInBrackets_IsTheSameBodyLater()
    {
        var mentions = SourceTestText.Extract(
            "وأصيب 40 شخصا، وفق أحدث أرقام هيئة الإسعاف والطوارئ الوطنية (إسناد). ونقل 12 منهم إلى المستشفيات، بحسب إسناد.");
        var later = Assert.Single(mentions, m => m.Text == "إسناد");
        Assert.Equal("هيئة الإسعاف والطوارئ الوطنية", later.Name);
    }

    [Theory]
    [InlineData("وتضرر 50 ألف مسكن، وفق إحصاء أولي للسلطات.", "authorities")]
    [InlineData("وكانت السلطات قد أعلنت عن أولى الإصابات في 19 فبراير.", "authorities")]
    [InlineData("وقال الجيش في بيان إن قواته صدت الهجوم.", "army")]
    [InlineData("وأعلنت الحكومة أنها ستدعم الأسر المتضررة.", "government")]
    [InlineData("ومن المقرر أن يعقد الوزير لقاء مع المستثمرين يوم الأحد، بحسب ما أعلنت الوزارة.", "ministry")]
    public void Extract_StateInstitutionByItsFunction_GivesItsEnglishWord(string sentence, string name)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(Dashboard.Core.Facts.SourceKind.Organization, mention.Kind);
    }
}
