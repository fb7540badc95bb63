using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Words that make a number something other than a figure: units of time (durations and ages: "خمس سنوات",
/// "(45 عاما)", "45-year-old"), month names (dates), clock words ("الساعة 10", "3 p.m.") and age words ("aged 45").
/// </summary>
internal static class TimeWords
{
    private static readonly HashSet<string> Units = Normalized(
        "ثانية", "ثوان", "ثواني", "ثانيتين", "دقيقة", "دقائق", "دقيقتين", "ساعة", "ساعات", "ساعتين", "ساعتان", "يوم", "أيام", "يوما",
        "يومين", "يومان", "ليلة", "ليال", "ليالي", "ليلتين", "أسبوع", "أسابيع", "أسبوعا", "أسبوعين", "شهر", "أشهر", "شهور", "شهرا",
        "شهرين", "سنة", "سنوات", "سنين", "سنتين", "سنتان", "عام", "أعوام", "عاما", "عامين", "عامان", "عقد", "عقود", "عقدا", "عقدين",
        "قرن", "قرون", "قرنا", "قرنين",
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
        "night", "nights", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century",
        "centuries", "term", "terms", "round", "rounds");

    private static readonly HashSet<string> Months = Normalized(
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "أفريل", "مايو", "ماي", "يونيو", "يونيه", "جوان", "يوليو", "يوليه",
        "جويلية", "أغسطس", "اغسطس", "أوت", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري", "كانون", "شباط",
        "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان",
        "رمضان", "شوال", "القعدة", "الحجة");

    // English month names only count when written with a capital ("May 6", not "may").
    private static readonly HashSet<string> EnglishMonths = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> ClockAfter = Normalized(
        "صباحا", "صباحاً", "مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "فجرا", "فجراً", "ليلا", "ليلاً", "عصرا", "عصراً", "بتوقيت",
        "am", "pm", "gmt", "utc", "o'clock", "hrs", "h");

    private static readonly HashSet<string> ClockBefore = Normalized("الساعة", "ساعة", "بالساعة", "والساعة", "للساعة");

    private static readonly HashSet<string> AgeBefore = Normalized(
        "عمر", "العمر", "عمره", "عمرها", "عمرهم", "عمرهما", "بعمر", "سن", "السن", "بسن", "aged", "age", "ages");

    private static readonly HashSet<string> YearCues = Normalized(
        "عام", "العام", "لعام", "بعام", "وعام", "سنة", "السنة", "لسنة", "بسنة", "منذ", "حتى", "مطلع", "أواخر", "أوائل", "نهاية", "بداية",
        "منتصف", "خريف", "ربيع", "صيف", "شتاء", "موازنة", "ميزانية", "in", "since", "by", "until", "till", "from", "of", "during",
        "early", "late", "mid", "end", "before", "after", "year", "fiscal", "budget", "summer", "winter", "spring", "autumn", "fall",
        "election", "elections", "census", "ماضي");

    private static readonly HashSet<string> StrongYearCues = Normalized(
        "عام", "العام", "لعام", "بعام", "وعام", "سنة", "السنة", "لسنة", "بسنة", "منذ", "عامي", "عامين", "العامين", "سنتي", "since", "in",
        "year", "years", "during", "until");

    public static bool IsTimeUnit(string norm) => Units.Contains(norm);

    public static bool IsMonth(SentenceTokens t, int i)
    {
        if (t.IsArabicWord(i))
        {
            return Months.Contains(t.Norm(i));
        }
        return t.IsCapitalized(i) && EnglishMonths.Contains(t.Norm(i));
    }

    public static bool IsClockAfter(string norm) => ClockAfter.Contains(norm);

    public static bool IsClockBefore(string norm) => ClockBefore.Contains(norm);

    public static bool IsAgeBefore(string norm) => AgeBefore.Contains(norm);

    public static bool IsYearCue(string norm) => YearCues.Contains(norm);

    /// <summary>A word after which a four-digit number is a year even with a noun after it ("عام 2000", "since 2011", "in 2015").</summary>
    public static bool IsStrongYearCue(string norm) => StrongYearCues.Contains(norm);

    private static HashSet<string> Normalized(params string[] words) =>
        words.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);
}
