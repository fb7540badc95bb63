namespace Dashboard.Core.Tests.Dates;

/// <summary>
/// A day or month without a year takes the side of the publication date its sentence points to: deadline words right
/// before it, future markers further back in the clause, verbs of waiting and warning, and English words that only
/// look like plans.
/// </summary>
public class TenseCueTests
{
    // A deadline word before the date (or before a part of its period) points ahead even after a verb-like noun.
    [Theory]
    [InlineData("2023-04-03", "ورفع بنك غولدمان ساكس توقعاته لسعر خام برنت إلى 95 دولارا للبرميل بحلول ديسمبر.", "ديسمبر = 2023-12")]
    [InlineData("2017-06-25", "وقال إن الأرقام مرشحة للارتفاع إلى 300 ألف حالة قبل نهاية أغسطس/آب.", "أغسطس/آب = 2017-08")]
    [InlineData("2023-03-10", "وتعمل الورشة على إنجاز المشروع قبل نهاية شهر يونيو.", "يونيو = 2023-06")]
    [InlineData("2023-03-10", "وتستمر المهلة لغاية أكتوبر.", "أكتوبر = 2023-10")]
    [InlineData("2023-03-10", "The refinery should be restarted by the end of June, the company said.", "June = 2023-06")]
    [InlineData("2023-03-10", "Analysts see Brent at $95 by December.", "December = 2023-12")]
    public void Extract_DeadlineBeforeTheDate_PointsAhead(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    // "until" and "before the end of" only bound a span: a past verb before them keeps the date in the past.
    [Theory]
    [InlineData("2023-03-10", "وانتهت الأشغال قبل نهاية أغسطس.", "أغسطس = 2022-08")]
    [InlineData("2023-03-10", "واستمرت المعارك حتى أكتوبر.", "أكتوبر = 2022-10")]
    [InlineData("2023-03-10", "The strike lasted until November.", "November = 2022-11")]
    [InlineData("2024-05-14", "بلغ عدد السياح الوافدين على المغرب 4,4 مليون سائح حتى نهاية أبريل، بارتفاع نسبته 13 في المائة.", "أبريل = 2024-04")]
    [InlineData("2024-05-14", "وسجل الميناء مرور 800 سفينة حتى نهاية مارس.", "مارس = 2024-03")]
    public void Extract_BoundAfterAPastVerb_StaysInThePast(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    // "hit by the Feb. 6 earthquakes": an agent's "by" is no deadline.
    [Theory]
    [InlineData("2023-05-29", "Erdogan won 10 of the 11 provinces hit by the Feb. 6 earthquakes, according to Anadolu data.", "Feb. 6 = 2023-02-06")]
    [InlineData("2023-05-29", "The provinces hit by the Feb. 6 earthquakes voted for him.", "Feb. 6 = 2023-02-06")]
    public void Extract_AgentiveBy_KeepsThePast(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    // A future marker further back in the same clause still decides (Maghreb, Levantine, Gulf styles).
    [Theory]
    [InlineData("2023-09-20", "مضيفا أن المدرسة الوحيدة في الجماعة ستفتح أبوابها في خيمة كبيرة مع انطلاق الموسم الدراسي يوم 2 أكتوبر.", "2 أكتوبر = 2023-10-02")]
    [InlineData("2023-09-20", "ومن المرتقب أن يزور وفد من البنك الدولي الإقليم في نونبر المقبل، لتقييم الحاجيات قبل عرض خطة التمويل على البرلمان في دجنبر.", "نونبر المقبل = 2023-11 | دجنبر = 2023-12")]
    [InlineData("2023-09-20", "وسيعرض الوزير مشروع قانون المالية المعدل على لجنة المالية في مجلس النواب خلال جلسة خاصة في نوفمبر.", "نوفمبر = 2023-11")]
    public void Extract_FutureMarkerFarBack_PointsAhead(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    // Waiting, hoping and warning look ahead.
    [Theory]
    [InlineData("2024-02-06", "نعيش منذ عام في حاوية، وننتظر مفتاح البيت الجديد في مايو.", "مايو = 2024-05")]
    [InlineData("2024-04-15", "محذرا من مجاعة مع بدء موسم الأمطار في يونيو/حزيران.", "يونيو/حزيران = 2024-06")]
    [InlineData("2024-04-15", "ونأمل أن تستقر الأسعار في يوليو.", "يوليو = 2024-07")]
    [InlineData("2024-04-15", "وتتوقع الحكومة انتعاش السياحة في أغسطس.", "أغسطس = 2024-08")]
    [InlineData("2024-05-14", "The law takes effect on Jan. 1.", "Jan. 1 = 2025-01-01")]
    [InlineData("2024-05-14", "The treaty comes into force on March 1.", "March 1 = 2025-03-01")]
    [InlineData("2024-05-14", "ويدخل القرار حيز التنفيذ في الأول من يناير.", "الأول من يناير = 2025-01-01")]
    public void Extract_WaitingAndWarning_PointAhead(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    // "set sail", "set up" are not "set to"; "مرشح المعارضة" is a candidate, not a forecast.
    [Theory]
    [InlineData("2025-04-30", "The first cargo of liquefied natural gas set sail on Tuesday.", "Tuesday = 2025-04-29")]
    [InlineData("2025-04-30", "The ministry set up a committee on Monday.", "Monday = 2025-04-28")]
    [InlineData("2025-04-30", "The vote is set for Tuesday.", "Tuesday = 2025-05-06")]
    [InlineData("2025-04-30", "وقال مرشح المعارضة في مارس إن الانتخابات مزورة.", "مارس = 2025-03")]
    public void Extract_WordsThatOnlyLookLikePlans_KeepThePast(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }
}
