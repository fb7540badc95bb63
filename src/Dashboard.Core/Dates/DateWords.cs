namespace Dashboard.Core.Dates;

/// <summary>The closed-class words around dates, in normalised spelling (أ/إ/آ → ا, ة → ه, ى → ي).</summary>
internal static class DateWords
{
    /// <summary>
    /// The most items a list or range of dates may have. A failed list is read again from its next token, so the
    /// bound keeps a long run of numbers joined by "و" linear rather than quadratic.
    /// </summary>
    public const int MaxListItems = 8;

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    public static readonly HashSet<string> Past = Set(
        "الماضي", "الماضيه", "الماضيين", "الماضيتين", "المنصرم", "المنصرمه", "الفائت", "الفائته", "المنقضي", "المنقضيه",
        "last", "past");

    public static readonly HashSet<string> Future = Set(
        "المقبل", "المقبله", "المقبلين", "المقبلتين", "القادم", "القادمه", "القادمين", "next", "coming");

    public static readonly HashSet<string> Current = Set("الجاري", "الجاريه", "الحالي", "الحاليه", "this");

    /// <summary>Words after which a bare month or year is a date ("في مارس", "منذ 2011", "بنهاية 2019", "in 2014").</summary>
    public static readonly HashSet<string> Context = Set(
        "في", "منذ", "خلال", "حتي", "بحلول", "مطلع", "بدايه", "بدايات", "اوائل", "مستهل", "منتصف", "اواسط", "اواخر", "نهايه",
        "نهايات", "ختام", "اول", "شهر", "شهري", "من", "الي", "بين", "قبل", "بعد", "لغايه", "غايه", "طوال", "صيف", "شتاء", "خريف", "ربيع",
        "وحتي", "عن", "مع", "اثناء",
        "in", "since", "until", "till", "by", "during", "from", "through", "between", "early", "late", "mid", "end", "beginning",
        "start", "before", "after", "of", "last", "next", "this", "summer", "winter", "spring", "autumn", "fall", "throughout",
        "around", "starting", "as", "on", "fiscal", "for");

    /// <summary>The part of a period that still points at the whole period ("مطلع الشهر الجاري" is this month).</summary>
    public static readonly HashSet<string> PartOfPeriod = Set(
        "مطلع", "بدايه", "اوائل", "مستهل", "منتصف", "اواسط", "اواخر", "نهايه", "ختام", "اخر", "غره");

    /// <summary>Words that make the year after them a date whatever follows ("عام 2014", "سنة 1948").</summary>
    public static readonly HashSet<string> YearWords = Set(
        "عام", "العام", "سنه", "السنه", "عامي", "سنتي", "العامين", "الاعوام", "اعوام", "السنوات", "سنوات", "year", "years");

    /// <summary>Separators inside a list or range of dates.</summary>
    public static readonly HashSet<string> ListSeparators = Set("الي", "حتي", "و", "او", "and", "to", "through", "until", "till", "or", "-", "–", "—", ",", "،");

    /// <summary>Words that open a range ("من 10 إلى 12 مارس", "between 2011 and 2015").</summary>
    public static readonly HashSet<string> RangeOpeners = Set("من", "بين", "ما", "from", "between");

    /// <summary>
    /// Nouns that make a following day and month a name, not a date ("ثورة 25 يناير", "شارع 26 يوليو"). Attacks and
    /// events are not among them: "the Sept. 14 attacks" is a day like any other, the nearest one.
    /// </summary>
    public static readonly HashSet<string> NamingNouns = Set(
        "ثوره", "انتفاضه", "حركه", "تيار", "قوي", "ذكري", "شارع", "ميدان", "جسر", "كوبري", "مدينه",
        "حرب", "مجزره", "ائتلاف", "جبهه", "كتيبه", "لواء", "ملعب", "مستشفي", "مدرسه", "حي", "عيد", "فريق", "جماعه", "تحالف",
        "مجموعه", "جيل");

    /// <summary>Events named by their year in English: "the 2011 uprising", "the 2018 vote".</summary>
    public static readonly HashSet<string> EnglishEvents = new(
        ["election", "elections", "vote", "war", "uprising", "revolution", "invasion", "budget", "agreement", "deal", "census",
         "crisis", "attack", "attacks", "earthquake", "floods", "protests", "talks", "summit", "ceasefire", "offensive",
         "constitution", "referendum", "coup", "pledges", "accord", "accords", "bombing", "bombings", "massacre", "season",
         "record", "levels", "level", "peak", "figures", "report", "survey", "edition", "tournament", "olympics", "harvest",
         "target", "targets", "deadline", "law"],
        StringComparer.Ordinal);

    /// <summary>Nouns that make a number a count, not a year ("2000 مسلح", "2016 دولار").</summary>
    public static readonly HashSet<string> CountNouns = Set(
        "دولار", "دولارا", "يورو", "جنيه", "جنيها", "ريال", "ريالا", "دينار", "دينارا", "درهم", "درهما", "ليره", "ليرة", "شخص",
        "شخصا", "قتيل", "قتيلا", "جريح", "جريحا", "مسلح", "مسلحا", "مقاتل", "مقاتلا", "جندي", "جنديا", "عنصر", "عنصرا", "طن",
        "طنا", "برميل", "برميلا", "كيلومتر", "كيلومترا", "كلم", "كم", "متر", "مترا", "منزل", "منزلا", "اسره", "عائله", "حاله",
        "طفل", "طفلا", "امراه", "لاجئ", "لاجئا", "نازح", "نازحا", "مواطن", "مواطنا", "صوت", "صوتا", "ناخب", "ناخبا", "غاره",
        "طائره", "مدني", "مدنيا", "معتقل", "معتقلا", "سجين", "سجينا", "موظف", "موظفا", "عامل", "عاملا", "وحده", "قطعه",
        "الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "بالمئه", "بالمائه", "%", "نسمه", "ميغاوات", "ساعه", "دقيقه",
        "عام", "عاما", "سنه", "سنوات", "يوم", "يوما", "ايام", "شهر", "شهرا", "اشهر", "اسبوع", "اسابيع", "years", "days", "months",
        "weeks",
        "people", "troops", "soldiers", "militants", "fighters", "dollars", "euros", "pounds", "km", "miles", "kilometres",
        "kilometers", "tonnes", "tons", "barrels", "homes", "houses", "families", "cases", "deaths", "votes", "refugees",
        "civilians", "children", "women", "men", "members", "workers", "jobs", "units", "percent", "per", "million", "billion",
        "thousand", "hours", "minutes", "meters", "metres", "feet", "dead", "killed", "wounded");

    /// <summary>Arabic number words for counts of days, weeks, months or years ("قبل خمسة أشهر").</summary>
    public static readonly Dictionary<string, int> ArabicNumbers = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["واحده"] = 1, ["ثلاثه"] = 3, ["ثلاث"] = 3, ["اربعه"] = 4, ["اربع"] = 4, ["خمسه"] = 5, ["خمس"] = 5,
        ["سته"] = 6, ["ست"] = 6, ["سبعه"] = 7, ["سبع"] = 7, ["ثمانيه"] = 8, ["ثماني"] = 8, ["ثمان"] = 8, ["تسعه"] = 9,
        ["تسع"] = 9, ["عشره"] = 10, ["عشر"] = 10,
    };

    public static readonly Dictionary<string, int> EnglishNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    /// <summary>Units of "ago" expressions, singular and plural (one of them) or dual (two of them).</summary>
    public static readonly Dictionary<string, (DateUnit Unit, int Count)> ArabicUnits = new(StringComparer.Ordinal)
    {
        ["يوم"] = (DateUnit.Day, 1), ["يوما"] = (DateUnit.Day, 1), ["ايام"] = (DateUnit.Day, 1), ["يومين"] = (DateUnit.Day, 2),
        ["اسبوع"] = (DateUnit.Week, 1), ["اسبوعا"] = (DateUnit.Week, 1), ["اسابيع"] = (DateUnit.Week, 1), ["اسبوعين"] = (DateUnit.Week, 2),
        ["شهر"] = (DateUnit.Month, 1), ["شهرا"] = (DateUnit.Month, 1), ["اشهر"] = (DateUnit.Month, 1), ["شهور"] = (DateUnit.Month, 1),
        ["شهرين"] = (DateUnit.Month, 2),
        ["عام"] = (DateUnit.Year, 1), ["عاما"] = (DateUnit.Year, 1), ["اعوام"] = (DateUnit.Year, 1), ["عامين"] = (DateUnit.Year, 2),
        ["سنه"] = (DateUnit.Year, 1), ["سنوات"] = (DateUnit.Year, 1), ["سنين"] = (DateUnit.Year, 1), ["سنتين"] = (DateUnit.Year, 2),
        ["سنتان"] = (DateUnit.Year, 2), ["عامان"] = (DateUnit.Year, 2), ["يومان"] = (DateUnit.Day, 2), ["شهران"] = (DateUnit.Month, 2),
        ["عقد"] = (DateUnit.Year, 10), ["عقود"] = (DateUnit.Year, 10), ["عقدين"] = (DateUnit.Year, 20),
    };

    public static readonly Dictionary<string, DateUnit> EnglishUnits = new(StringComparer.Ordinal)
    {
        ["day"] = DateUnit.Day, ["days"] = DateUnit.Day, ["week"] = DateUnit.Week, ["weeks"] = DateUnit.Week,
        ["month"] = DateUnit.Month, ["months"] = DateUnit.Month, ["year"] = DateUnit.Year, ["years"] = DateUnit.Year,
    };

    /// <summary>Years per English unit that counts years in tens.</summary>
    public static readonly Dictionary<string, int> EnglishDecades = new(StringComparer.Ordinal) { ["decade"] = 10, ["decades"] = 10 };

    /// <summary>Hedges allowed between "قبل" and its count ("قبل نحو شهرين").</summary>
    public static readonly HashSet<string> Hedges = Set("نحو", "حوالي", "قرابه", "زهاء", "about", "around", "nearly", "almost", "some");

    /// <summary>"م" and "ميلادي" after a Gregorian year, "هـ" and "هجري" after a Hijri one.</summary>
    public static readonly HashSet<string> GregorianEra = Set("م", "ميلادي", "ميلاديه", "للميلاد");

    public static readonly HashSet<string> HijriEra = Set("ه", "هجري", "هجريه", "للهجره", "هجريا");
}
