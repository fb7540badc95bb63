namespace Dashboard.Core.Tests.Dates;

public class NonDateTests
{
    private const string Published = "2016-02-10";

    [Theory]
    [InlineData("قتل نحو 1500 مسلح في الغارات.")]
    [InlineData("واعتبرت دمشق أن العملية تنتهك القرار 2254.")]
    [InlineData("وبلغت الكلفة في 2016 دولارا للفرد.")]
    [InlineData("عقد المؤتمر في الساعة 10:30 صباحا.")]
    [InlineData("وقال سيد عبد الحميد (53 عاما) إن الحركة هادئة.")]
    [InlineData("أسفرت الحرب عن استشهاد أكثر من 2100 فلسطيني.")]
    [InlineData("وصل إلى الجزيرة 1990 لاجئا خلال يوم واحد.")]
    [InlineData("ضمن برامج رؤية المملكة 2030 الطموحة.")]
    [InlineData("قبل أقل من عام على انطلاق معرض إكسبو 2020 دبي.")]
    [InlineData("وخصص البنك الخط الساخن 16775 لتلقي الشكاوى.")]
    [InlineData("وحلقت طائرات F-16 فوق المدينة.")]
    [InlineData("وأحيا المتظاهرون ذكرى ثورة 25 يناير في الميدان.")]
    [InlineData("وافتتح المقهى في شارع 26 يوليو بالقاهرة.")]
    [InlineData("وتجمع أنصار تيار 14 آذار في الساحة.")]
    [InlineData("ويمارس التحالف ضغوطا كبيرة، ومارس الوزير صلاحياته.")]
    [InlineData("وقف أمام الباب الرئيسي للمبنى.")]
    [InlineData("وسجل المؤشر 2014 نقطة في نهاية التداولات.")]
    [InlineData("وتسلم الجيش 12 طائرة من أصل 20.")]
    [InlineData("وفاز الفريق بنتيجة 3/2 بعد التمديد.")]
    [InlineData("ويحتفل الأقباط بعيد الميلاد في 7 يناير من كل عام.")]
    [InlineData("The festival is held on May 1 every year.")]
    [InlineData("ويأتي القرار بعد يومين من تفجير انتحاري.")]
    [InlineData("قتل ثلاثة أشخاص قبل 48 ساعة.")]
    [InlineData("وتراجع الإنتاج من 1990 إلى 2000 برميل يوميا.")]
    [InlineData("وبني المعبد قبل 2000 عام.")]
    [InlineData("بينما تراوح متوسط سعر الليلة في فنادق الخمس نجوم بين 1500 و2500 ريال.")]
    [InlineData("وتبلغ كلفة الليلة الواحدة في الفندق 800 درهم.")]
    public void Extract_NumbersAndWordsThatAreNotDates_AreIgnored(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }

    [Fact]
    public void Extract_CountBeyondTheCalendar_IsDropped()
    {
        Assert.Equal("", DateTestKit.Describe("The rocks formed 999 decades ago.", Published));
    }

    [Fact]
    public void Extract_LongRunOfNumbersJoinedByAnd_IsReadWithoutDates()
    {
        var text = "في 1" + string.Concat(Enumerable.Range(0, 2000).Select(n => " و" + (n % 31 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("", DateTestKit.Describe(text, Published));
    }
}
