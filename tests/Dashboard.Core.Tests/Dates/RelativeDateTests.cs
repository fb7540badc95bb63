using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Dates;

public class RelativeDateTests
{
    private const string Published = "2016-02-10"; // a Wednesday

    [Theory]
    [InlineData("أعلنت الوزارة اليوم أن الحدود ستفتح.", "اليوم = 2016-02-10")]
    [InlineData("وكان الوزير قد وصل أمس إلى بغداد.", "أمس = 2016-02-09")]
    [InlineData("وأمس، قال المتحدث إن الوضع هادئ.", "أمس = 2016-02-09")]
    [InlineData("وبالأمس أعلن الجيش سيطرته على البلدة.", "الأمس = 2016-02-09")]
    [InlineData("وقعت الاشتباكات أول أمس قرب الحدود.", "أول أمس = 2016-02-08")]
    [InlineData("وقعت الاشتباكات أول من أمس قرب الحدود.", "أول من أمس = 2016-02-08")]
    [InlineData("يعقد المجلس جلسة غدا لمناقشة القانون.", "غدا = 2016-02-11")]
    [InlineData("يصل الوفد بعد غد إلى جنيف.", "بعد غد = 2016-02-12")]
    [InlineData("تجددت المعارك مساء أمس في الأحياء الشرقية.", "مساء أمس = 2016-02-09")]
    [InlineData("وقع الزلزال فجر اليوم الأربعاء.", "فجر اليوم الأربعاء = 2016-02-10")]
    [InlineData("وتظاهر الآلاف يوم أمس في الساحة.", "يوم أمس = 2016-02-09")]
    [InlineData("أعرب كارتر عن أمله خلال لقاء يعقده غدا الخميس في بروكسل.", "غدا الخميس = 2016-02-11")]
    [InlineData("أعلنت السعودية أمس (الثلاثاء) الميزانية.", "أمس (الثلاثاء) = 2016-02-09")]
    [InlineData("وأعلنت وزارة الصحة أمس الأول تسجيل 30 إصابة.", "أمس الأول = 2016-02-08")]
    [InlineData("يلقي الرئيس كلمة الليلة أمام البرلمان.", "الليلة = 2016-02-10")]
    [InlineData("وقعت الانفجارات الليلة الماضية.", "الليلة الماضية = 2016-02-09")]
    [InlineData("The minister spoke this morning in Riyadh.", "this morning = 2016-02-10")]
    [InlineData("Clashes erupted last night in the capital.", "last night = 2016-02-09")]
    [InlineData("The results are expected tomorrow.", "tomorrow = 2016-02-11")]
    public void Extract_RelativeDays_ResolveAgainstPublication(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("ارتفعت الأسعار الأسبوع الماضي.", "الأسبوع الماضي = 2016-02-03")]
    [InlineData("تعقد القمة الأسبوع المقبل في الرياض.", "الأسبوع المقبل = 2016-02-17")]
    [InlineData("تراجع التضخم الشهر الماضي.", "الشهر الماضي = 2016-01")]
    [InlineData("ويبدأ التطبيق الشهر المقبل.", "الشهر المقبل = 2016-03")]
    [InlineData("وتنتهي المهلة في منتصف الشهر الجاري.", "الشهر الجاري = 2016-02")]
    [InlineData("وارتفعت المبيعات هذا الشهر.", "هذا الشهر = 2016-02")]
    [InlineData("وتعقد الجلسة أواخر الشهر.", "الشهر = 2016-02")]
    [InlineData("ونما الاقتصاد العام الماضي بنسبة 3%.", "العام الماضي = 2015")]
    [InlineData("ويتوقع نمو أبطأ العام المقبل.", "العام المقبل = 2017")]
    [InlineData("وخفضت التوقعات للعام الحالي.", "للعام الحالي = 2016")]
    [InlineData("وتضاعفت الصادرات خلال السنة الماضية.", "السنة الماضية = 2015")]
    [InlineData("وتجاوزت الإيرادات التوقعات لهذا العام.", "هذا العام = 2016")]
    [InlineData("وكانت الإيرادات أعلى في العام قبل الماضي.", "العام قبل الماضي = 2014")]
    [InlineData("وسجلت الشركة أرباحا منذ مطلع العام.", "العام = 2016")]
    [InlineData("In a speech last week, he defended the plan.", "last week = 2016-02-03")]
    [InlineData("Prices fell last month and will rise next month.", "last month = 2016-01 | next month = 2016-03")]
    [InlineData("The economy grew last year and will slow this year.", "last year = 2015 | this year = 2016")]
    [InlineData("Talks resume next week.", "next week = 2016-02-17")]
    [InlineData("Earlier this month, officials said the dam was safe.", "this month = 2016-02")]
    [InlineData("The project should be finished by the end of the year.", "the year = 2016")]
    public void Extract_RelativePeriods_ResolveAgainstPublication(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("بدأ التحالف الغارات قبل خمسة أشهر.", "قبل خمسة أشهر = 2015-09")]
    [InlineData("وصل اللاجئون منذ ثلاثة أيام.", "منذ ثلاثة أيام = 2016-02-07")]
    [InlineData("وقعت الحادثة قبل 10 أيام.", "قبل 10 أيام = 2016-01-31")]
    [InlineData("وكانت تركيا قد حذرت قبل يومين من أن أي مساعدة ستضر بالعلاقات.", "قبل يومين = 2016-02-08")]
    [InlineData("وكانت واشنطن قد حذرت قبل أسبوعين من هجوم.", "قبل أسبوعين = 2016-01-27")]
    [InlineData("انتخب قبل عامين رئيسا للبلدية.", "قبل عامين = 2014")]
    [InlineData("وقعت الحرب قبل نحو عام.", "قبل نحو عام = 2015")]
    [InlineData("أغلق المصنع قبل ثلاث سنوات.", "قبل ثلاث سنوات = 2013")]
    [InlineData("بدأت الحرب قبل عقد من الزمن.", "قبل عقد = 2006")]
    [InlineData("The ceasefire collapsed two weeks ago.", "two weeks ago = 2016-01-27")]
    [InlineData("The strikes began five months ago.", "five months ago = 2015-09")]
    [InlineData("A year ago the city was besieged.", "A year ago = 2015")]
    [InlineData("The factory closed three days ago.", "three days ago = 2016-02-07")]
    [InlineData("The war began more than a decade ago.", "a decade ago = 2006")]
    public void Extract_Ago_CountsBackFromPublication(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("تستمر الحرب منذ خمس سنوات.")]
    [InlineData("لم يتلق الموظفون رواتبهم منذ ثلاثة أيام.")]
    [InlineData("سيتم إنجاز المشروع خلال ثلاثة أشهر.")]
    [InlineData("وصل الوفد قبل أيام إلى العاصمة.")]
    [InlineData("ستستمر الحرب على الإرهاب في الأعوام المقبلة.")]
    [InlineData("وحتى الآن لم يعلن أي طرف مسؤوليته.")]
    [InlineData("وتعقد اللجنة اجتماعاتها هذا الأسبوع.")]
    [InlineData("وتصاعدت الهجمات خلال الأسابيع الماضية.")]
    [InlineData("وصل المراقبون قبل يومين من الانتخابات.")]
    [InlineData("دخلت العملية العسكرية في اليوم الخامس للهجوم.")]
    [InlineData("وأوضحت مصادر لـ«المصري اليوم» أن القرار نهائي.")]
    [InlineData("واحتفل العالم باليوم العالمي للمرأة.")]
    [InlineData("ولا يزال الوضع على حاله حتى اليوم.")]
    [InlineData("He said the plan was working, but the fighting is still going on now.")]
    [InlineData("Officials met this week to discuss the plan.")]
    [InlineData("The strikes have recently intensified.")]
    [InlineData("A year and a half into the war, doubts are growing.")]
    [InlineData("وطالب الأمين العام بوقف القتال.")]
    public void Extract_DurationsAndVagueTimes_AreNotDates(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("قال الوزير أمس إن الحملة مستمرة.", "أمس = ?")]
    [InlineData("وتعقد القمة الأحد المقبل.", "الأحد المقبل = ?")]
    [InlineData("وكان الاتفاق قد وقع في 28 يناير الماضي.", "28 يناير الماضي = ?")]
    public void Extract_WithoutPublicationDate_LeavesRelativeDatesUnresolved(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, null));
        Assert.All(DateTestKit.Extract(sentence, null), m => Assert.True(m.Relative));
    }

    [Fact]
    public void Extract_RelativeDate_CarriesPrecisionAndRelativeFlag()
    {
        var mention = Assert.Single(DateTestKit.Extract("بدأ التحالف الغارات قبل خمسة أشهر.", Published));
        Assert.Equal(DatePrecision.Month, mention.Precision);
        Assert.True(mention.Relative);
        Assert.Equal("gregorian", mention.Calendar);
    }
}
