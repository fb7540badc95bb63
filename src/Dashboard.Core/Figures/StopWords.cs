using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Words that cannot be what a number counts (prepositions, particles, pronouns, auxiliaries), and the English
/// modifiers that may stand between a number and its noun ("66 allied nations", "2,000 more troops").
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Arabic = new[]
    {
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أو", "او", "ثم", "حتى", "منذ", "خلال", "قبل", "بعد", "عند", "لدى", "بين", "ضد",
        "نحو", "حول", "دون", "عبر", "أمام", "وراء", "تحت", "فوق", "إن", "أن", "ان", "لا", "لم", "لن", "قد", "ما", "التي", "الذي", "الذين",
        "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "كما", "فيما", "بينما", "إذ", "إذا", "لكن", "بل", "أي", "هو", "هي",
        "هم", "هن", "أنه", "أنها", "إنه", "إنها", "كان", "كانت", "يكون", "تكون", "وفق", "حسب", "بحسب", "وفقا", "مقابل", "مقارنة",
        "إضافة", "فضلا", "إلا", "سوى", "غير", "منها", "منهم", "فيها", "فيه", "عليها", "عليه", "له", "لها", "لهم", "به", "بها", "بهم",
        "أخرى", "آخر", "أيضا", "فقط", "تقريبا", "أما", "أم", "لدى", "لصالح", "بنسبة", "مليون", "ألف", "وذلك", "يذكر", "بعدما", "حين",
        "حيث", "عام", "العام", "أمس", "اليوم", "غدا", "الآن", "جراء", "إثر", "بسبب", "نتيجة", "ضمن", "لكل", "كلها", "جميع", "عدة",
        "نفس", "ذات", "مثل", "بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "قال", "قالت", "أكد", "أضاف", "أوضح", "بينهم", "بينها", "أيام",
    }.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "was", "were", "is", "are",
        "has", "have", "had", "be", "been", "will", "would", "could", "should", "may", "might", "per", "than", "as", "that", "which",
        "who", "this", "these", "those", "its", "their", "his", "her", "it", "they", "he", "she", "we", "you", "said", "says", "after",
        "before", "since", "during", "over", "under", "about", "between", "into", "through", "more", "less", "fewer", "percent",
        "plus", "only", "each", "every", "all", "both", "out", "up", "down", "off", "against", "among", "while", "when", "where",
        "so", "such", "also", "not", "no", "yes", "there", "here", "does", "did", "do", "hers", "ours", "yours", "theirs", "thus",
        "unless", "across", "us", "whereas", "versus", "vs", "minus", "previous", "last", "next",
        "alone", "apiece", "towards", "news", "series", "species", "means", "lies", "goes", "sees",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "additional", "more", "other", "new", "extra", "foreign", "armed", "local", "international", "suspected", "alleged",
        "innocent", "unarmed", "young", "elderly", "registered", "eligible", "active", "senior", "junior", "estimated", "military",
        "allied", "coalition", "government", "opposition", "security", "police", "army", "air", "naval", "ground", "combat",
        "enemy", "fellow", "internally", "displaced", "ordinary", "regular", "reserve", "elite", "special", "rebel", "militia",
        "tribal", "federal", "state", "private", "public", "small", "large", "big", "major", "minor", "key", "critical", "full",
        "total", "further", "former", "current", "existing", "remaining", "missing", "injured", "wounded", "dead", "killed",
        "american", "foreign-born", "illegal", "undocumented", "poor", "hungry", "sick", "affected", "vulnerable", "needy",
        "jewish", "muslim", "christian", "shia", "shiite", "sunni", "kurdish", "arab", "western", "eastern", "northern", "southern",
        "oil", "gas", "crude", "cubic", "square", "metric", "nautical", "heavy", "light", "light-weight", "ballistic", "cruise",
        "short-range", "long-range", "medium-range", "anti-tank", "guided", "unmanned", "fighter", "attack", "transport",
    };

    private static readonly HashSet<string> Others = new[] { "آخرين", "آخرون", "أخريات", "others" }
        .Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Fractions = new[]
    {
        "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "tenths", "half", "halves",
        "أرباع", "أثلاث", "أخماس", "أعشار", "أسداس", "أثمان", "ثلثي", "ثلثا", "ربعي", "خمسي",
    }.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>"three-quarters", "ثلاثة أرباع": the number is the numerator of a fraction, not a count.</summary>
    public static bool IsFraction(string norm) => Fractions.Contains(norm);

    public static bool IsArabicStop(string norm) => Arabic.Contains(norm);

    public static bool IsEnglishStop(string norm) => English.Contains(norm);

    public static bool IsEnglishModifier(string norm) => Modifiers.Contains(norm);

    /// <summary>"32 آخرين", "five others": more of the people just counted.</summary>
    public static bool IsOthers(string norm) => Others.Contains(norm);
}
