using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Dates;

public class HijriDateTests
{
    private const string Published = "2016-02-10";

    [Theory]
    [InlineData("وتبدأ الإجازة في 15 رمضان 1437 هـ.", "15 رمضان 1437 هـ = 2016-06-20")]
    [InlineData("ويحتفل المسلمون بالعيد في غرة شوال 1437هـ.", "غرة شوال 1437هـ = 2016-07-06")]
    [InlineData("وأدى الحجاج الوقوف بعرفة يوم 9 ذي الحجة 1436 هجرية.", "9 ذي الحجة 1436 هجرية = 2015-09-22")]
    [InlineData("وصدر الأمر الملكي في 25 رجب 1438هـ.", "25 رجب 1438هـ = 2017-04-22")]
    [InlineData("أعلنت الميزانية في 1 ربيع الآخر 1439هـ.", "1 ربيع الآخر 1439هـ = 2017-12-19")]
    [InlineData("وتنتهي المهلة في 20 ربيع الثاني 1439 هـ.", "20 ربيع الثاني 1439 هـ = 2018-01-07")]
    [InlineData("وجرى التوقيع في 3 جمادى الآخرة 1437هـ.", "3 جمادى الآخرة 1437هـ = 2016-03-12")]
    public void Extract_HijriDay_IsConvertedWithUmmAlQura(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    // Saudi official style writes the Hijri date in digits, year first or day first, with or without its era mark.
    [Theory]
    [InlineData("وكان الأمر الملكي رقم (أ/214) وتاريخ 1445/5/20هـ قد وجه باعتماد الميزانية.", "1445/5/20هـ = 2023-12-04")]
    [InlineData("وصدر القرار في 20/5/1445هـ.", "20/5/1445هـ = 2023-12-04")]
    [InlineData("صدر التعميم بتاريخ 1445-05-20 هـ.", "1445-05-20 هـ = 2023-12-04")]
    [InlineData("وجرى التوقيع يوم 1444/12/30هـ في جدة.", "1444/12/30هـ = 2023-07-18")]
    [InlineData("بناء على الخطاب رقم 4512 وتاريخ 1437/4/30.", "1437/4/30 = 2016-02-09")]
    [InlineData("وصدر القرار في 1445/05/20 هـ الموافق 2023/12/04م.", "1445/05/20 هـ الموافق 2023/12/04م = 2023-12-04")]
    [InlineData("وصدر القرار في 4/12/2023م.", "4/12/2023م = 2023-12-04")]
    public void Extract_HijriInDigits_IsConverted(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وتبدأ الدراسة في جمادى الأولى 1437هـ.", "جمادى الأولى 1437هـ = 2016-02")]
    [InlineData("ومطلع شهر محرم 1441هـ يبدأ العام الجديد.", "محرم 1441هـ = 2019-08")]
    [InlineData("وفي رمضان 2016 ارتفعت الأسعار.", "رمضان 2016 = 2016-06")]
    public void Extract_HijriMonth_IsTheGregorianMonthItBeginsIn(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وارتفع الاستهلاك في رمضان الماضي.", "رمضان الماضي = 2015-06")]
    [InlineData("وتتوقع الوزارة ارتفاع الطلب خلال شهر رمضان المقبل.", "رمضان المقبل = 2016-06")]
    [InlineData("وتصرف الرواتب غدا (الخميس) 2 جمادى الأولى.", "غدا (الخميس) 2 جمادى الأولى = 2016-02-11")]
    public void Extract_HijriWithoutYear_TakesTheNearestByDirection(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("الأربعاء 1 جمادى الأولى 1437 هـ الموافق 10 فبراير 2016 م", "الأربعاء 1 جمادى الأولى 1437 هـ الموافق 10 فبراير 2016 م = 2016-02-10")]
    [InlineData("تطبق الضريبة اعتبارا من 14 ربيع الآخر 1439هـ الموافق 1 يناير 2018.", "14 ربيع الآخر 1439هـ الموافق 1 يناير 2018 = 2018-01-01")]
    [InlineData("The new year begins on Muharram 1, 1441 (Aug. 31).", "Muharram 1, 1441 (Aug. 31) = 2019-08-31")]
    [InlineData("الأربعاء - 1 جمادى الأولى 1437 هـ - 10 فبراير 2016 مـ", "الأربعاء - 1 جمادى الأولى 1437 هـ - 10 فبراير 2016 مـ = 2016-02-10")]
    [InlineData("صدر في 14 ربيع الآخر 1439هـ الموافق 1/1/2018.", "14 ربيع الآخر 1439هـ الموافق 1/1/2018 = 2018-01-01")]
    public void Extract_HijriWithItsGregorianEquivalent_IsOneDate(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وقال رمضان أكجا إن منزله تصدع.")]
    [InlineData("واستقبل الرئيس رجب طيب أردوغان الوفد.")]
    [InlineData("وسجلت النتيجة صفر مقابل هدف.")]
    [InlineData("وأكد شعبان عبد الرحيم أنه سيغني.")]
    public void Extract_HijriMonthNamesUsedAsNames_AreNotDates(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }

    [Fact]
    public void Extract_HijriDate_IsMarkedHijri()
    {
        var mention = Assert.Single(DateTestKit.Extract("في 15 رمضان 1437 هـ", Published));
        Assert.Equal("hijri", mention.Calendar);
        Assert.Equal(DatePrecision.Day, mention.Precision);
        Assert.False(mention.Relative);
    }

    [Fact]
    public void Extract_HijriYearOutsideUmmAlQura_FallsBackToTheTabularCalendar()
    {
        Assert.Equal("12 ربيع الأول 1300 هـ = 1883-01-20", DateTestKit.Describe("ولد في 12 ربيع الأول 1300 هـ", Published));
    }
}
