namespace Dashboard.Core.Tests.Dates;

public class WeekdayDateTests
{
    private const string Published = "2016-02-10"; // a Wednesday

    [Theory]
    [InlineData("وقال الوزير الخميس إن الحملة مستمرة.", "الخميس = 2016-02-04")]
    [InlineData("وأعلن الجيش يوم الاثنين سيطرته على البلدة.", "الاثنين = 2016-02-08")]
    [InlineData("والسبت، تظاهر الآلاف في الساحة.", "السبت = 2016-02-06")]
    [InlineData("وقعت الانفجارات يوم الجمعة الماضي.", "الجمعة الماضي = 2016-02-05")]
    [InlineData("وقال المتحدث في بيان صدر الأربعاء إن الحدود مغلقة.", "الأربعاء = 2016-02-10")]
    [InlineData("وكان الوفد قد وصل ليلة الثلاثاء.", "الثلاثاء = 2016-02-09")]
    [InlineData("Police said on Monday that 12 people had been arrested.", "Monday = 2016-02-08")]
    [InlineData("The vote took place last Tuesday.", "Tuesday = 2016-02-09")]
    [InlineData("Clashes broke out on Sunday night.", "Sunday = 2016-02-07")]
    [InlineData("Monday's attack killed five people.", "Monday's = 2016-02-08")]
    [InlineData("وتسلم الرئيس الجديد مهامه الجمعة خلال حفل رسمي.", "الجمعة = 2016-02-05")]
    [InlineData("ويأتي ذلك بعد يوم من هجوم الخميس على الحدود.", "الخميس = 2016-02-04")]
    [InlineData("يذكر أن الجيش أطلق الأحد عملية واسعة.", "الأحد = 2016-02-07")]
    [InlineData("وأعلنوا الخميس موقفهم من الحكومة.", "الخميس = 2016-02-04")]
    public void Extract_WeekdayInPastSentence_IsTheLastSuchDay(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("سيزور الرئيس القاهرة الأحد.", "الأحد = 2016-02-14")]
    [InlineData("ويعقد مجلس الأمن جلسة الثلاثاء المقبل.", "الثلاثاء المقبل = 2016-02-16")]
    [InlineData("ومن المقرر أن يصوت البرلمان السبت على القانون.", "السبت = 2016-02-13")]
    [InlineData("على أن يغادر المتأخرون يوم الجمعة.", "الجمعة = 2016-02-12")]
    [InlineData("وسوف يلتقي الوزيران الاثنين في جنيف.", "الاثنين = 2016-02-15")]
    [InlineData("The ministers will meet in Brussels on Friday.", "Friday = 2016-02-12")]
    [InlineData("EU ministers meet next Monday to discuss quotas.", "Monday = 2016-02-15")]
    [InlineData("The talks are due to resume on Thursday.", "Thursday = 2016-02-11")]
    [InlineData("The festival opens on Saturday.", "Saturday = 2016-02-13")]
    [InlineData("ويصوت البرلمان الخميس على مشروع القانون.", "الخميس = 2016-02-11")]
    [InlineData("وتستأنف المحادثات الاثنين في جنيف.", "الاثنين = 2016-02-15")]
    [InlineData("Ministers are meeting on Thursday to discuss the crisis.", "Thursday = 2016-02-11")]
    [InlineData("He arrived on Sunday and will travel to Riyadh on Monday.", "Sunday = 2016-02-07 | Monday = 2016-02-15")]
    public void Extract_WeekdayInFutureSentence_IsTheNextSuchDay(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وفي يوم الخميس 28 يناير 2016 وقع الاتفاق.", "الخميس 28 يناير 2016 = 2016-01-28")]
    [InlineData("On Thursday, Jan. 28, 2016, the deal was signed.", "Thursday, Jan. 28, 2016 = 2016-01-28")]
    [InlineData("وتصرف الدفعة يوم الأحد الموافق 14 فبراير.", "الأحد الموافق 14 فبراير = 2016-02-14")]
    [InlineData("وتصرف الرواتب يوم الخميس الموافق 28/1/2016.", "الخميس الموافق 28/1/2016 = 2016-01-28")]
    public void Extract_WeekdayWithItsDate_IsThatDate(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وتقاسم الاثنان الجائزة، وصافح الرئيس كلا الاثنين.")]
    [InlineData("وجرى حوار بين الاثنين حول المستقبل.")]
    [InlineData("وقتل الأحد عشر لاعبا في الحادث.")]
    [InlineData("ويتجمع المصلون أيام الجمعة في الساحة.")]
    [InlineData("The market opens every Friday.")]
    public void Extract_WeekdayWordsThatAreNotDays_AreNotDates(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }
}
