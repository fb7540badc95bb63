namespace Dashboard.Core.Tests.Dates;

/// <summary>Seasons named from publication ("الصيف الحالي", "last winter"), lists of years after a plural year word, and years that date a noun.</summary>
public class SeasonAndYearListTests
{
    [Theory]
    [InlineData("2023-09-10", "وتجاوز إنفاق الأندية السعودية على الانتقالات خلال الصيف الحالي 950 مليون دولار.", "الصيف الحالي = 2023")]
    [InlineData("2023-10-10", "وارتفعت درجات الحرارة الصيف الماضي إلى مستويات قياسية.", "الصيف الماضي = 2023")]
    [InlineData("2023-03-10", "وارتفعت درجات الحرارة الصيف الماضي إلى مستويات قياسية.", "الصيف الماضي = 2022")]
    [InlineData("2023-03-10", "ومن المتوقع أن تكتمل الأشغال في الخريف المقبل.", "الخريف المقبل = 2023")]
    [InlineData("2023-12-10", "ومن المتوقع أن تكتمل الأشغال في الخريف المقبل.", "الخريف المقبل = 2024")]
    [InlineData("2023-03-10", "وعانت الأسر من البرد خلال هذا الشتاء.", "هذا الشتاء = 2023")]
    [InlineData("2023-03-10", "Gas prices soared last winter as supplies dwindled.", "last winter = 2023")]
    [InlineData("2023-03-10", "The ministry expects the plant to open this summer.", "this summer = 2023")]
    [InlineData("2023-10-10", "The talks will resume next spring.", "next spring = 2024")]
    public void Extract_SeasonFromPublication_IsItsYear(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    [Theory]
    [InlineData("وشهدت المنطقة العربية أحداث الربيع العربي.")]
    [InlineData("وقضى الربيع عطلته في الجبال.")]
    public void Extract_SeasonWithoutDirection_IsNotADate(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, "2023-03-10"));
    }

    [Theory]
    [InlineData("والتزم الإقليم بجميع بنود الموازنة الاتحادية للأعوام 2023 و2024 و2025.", "للأعوام 2023 = 2023 | 2024 = 2024 | 2025 = 2025")]
    [InlineData("وارتفع الإنتاج خلال السنوات 2019 و2020 و2021.", "السنوات 2019 = 2019 | 2020 = 2020 | 2021 = 2021")]
    [InlineData("Bahrain is due to publish its two-year budget for 2025 and 2026 in the coming months.", "2025 = 2025 | 2026 = 2026")]
    [InlineData("The airport is on track to surpass its 2019 record of 86.4 million.", "2019 = 2019")]
    [InlineData("Output is still below 2019 levels.", "2019 = 2019")]
    [InlineData("خلال السنة المالية 2022/2023 ارتفعت الإيرادات.", "السنة المالية 2022 = 2022 | 2023 = 2023")]
    public void Extract_YearsAfterPluralWordsAndBeforeNouns(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, "2024-01-02"));
    }

    // Reuters and Gulf business styles: quarters, halves and fiscal years by their codes.
    [Theory]
    [InlineData("Profits rose in Q1 2024 and fell in H2 2023.", "2024 = 2024 | 2023 = 2023")]
    [InlineData("The deficit narrowed in FY2023 and is forecast to widen in FY24.", "2023 = 2023 | FY24 = 2024")]
    [InlineData("Aramco's FY2022/23 dividend was a record.", "2022 = 2022 | 23 = 2023")]
    public void Extract_QuarterAndFiscalCodes_GiveTheYear(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, "2024-03-20"));
    }

    // A day and month in digits without a year, after a word that makes them a date (Egyptian, Gulf, Maghreb styles).
    [Theory]
    [InlineData("وأعلنت الوزارة يوم 15/3 عن خطة جديدة.", "15/3 = 2024-03-15")]
    [InlineData("وتنطلق الامتحانات يوم 2/6 في جميع المحافظات.", "2/6 = 2024-06-02")]
    [InlineData("وصدر القرار بتاريخ 10/1 من العام الجاري.", "10/1 = 2024-01-10 | العام الجاري = 2024")]
    public void Extract_ArabicDayAndMonthInDigits_TakesTheNearestYear(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, "2024-03-20"));
    }

    [Theory]
    [InlineData("وفاز الفريق بنتيجة 3/2 بعد التمديد.")]
    [InlineData("ونسبة الحضور 3/4 من الأعضاء.")]
    public void Extract_DigitPairsWithoutDateWord_AreNotDates(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, "2024-03-20"));
    }

    [Theory]
    [InlineData("The shelter has room for 2000 people.")]
    [InlineData("He sold the car for 1999 dollars.")]
    public void Extract_CountAfterFor_IsNotAYear(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, "2024-01-02"));
    }
}
