using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Words that make a figure a rate: "يوميا", "في اليوم", "كل شهر", "سنويا", "a day", "per year", "annually", "/day".
/// "في العام الماضي" and "a year ago" are dates, not rates.
/// </summary>
internal static class RateWords
{
    private static readonly PhraseTable<RatePeriod> Phrases = new(Build());

    private static readonly HashSet<string> NotRateAfter = new(StringComparer.Ordinal)
    {
        "الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم", "التالي", "السابق", "الاول", "الثاني", "الاخير",
        "نفسه", "ذاته", "الواحد", "ذلك", "هذا", "ago", "earlier", "later", "before", "after", "and", "or", "since", "into",
        "from", "of", "prior", "previously", "back", "long", "old", "half",
    };

    private static readonly HashSet<string> NotRateBefore = new[]
    {
        "in", "for", "within", "over", "than", "about", "nearly", "almost", "half", "once", "twice", "after", "before", "per-",
        "خلال", "منذ", "قبل", "بعد", "طوال", "مدى", "مدار", "أساس", "basis",
    }.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A rate phrase starting at <paramref name="pos"/>: its period and last token.</summary>
    public static bool TryMatch(SentenceTokens t, int pos, out RatePeriod period, out int last)
    {
        if (!Phrases.MatchForward(t, pos, particles: false, out last, out period))
        {
            return false;
        }
        var after = t.Norm(last + 1);
        // "في اليوم الخامس", "في العام الماضي": a particular day or year, not "per".
        var definiteAfter = t.IsArabicWord(last) && t.Norm(last).Contains("ال", StringComparison.Ordinal) && t.IsArabicWord(last + 1)
            && after.StartsWith("ال", StringComparison.Ordinal);
        // "يومي الثلاثاء والأربعاء": the two days, not "daily".
        definiteAfter |= t.Norm(last) == "يومي" && after.StartsWith("ال", StringComparison.Ordinal);
        return !definiteAfter && !NotRateAfter.Contains(after) && !t.IsNumber(last + 1) && !NotRateBefore.Contains(t.Norm(pos - 1));
    }

    /// <summary>
    /// "بمعدل يومي بلغ 3.64 ملايين برميل", "a daily average of 1.2 million barrels": the rate named just before the number.
    /// Words from <paramref name="floor"/> on only: those before belong to the figure before ("100 دولار شهريا لنحو 100 ألف أسرة").
    /// "annual" makes a rate only of pay ("راتب سنوي", "an annual salary of"): "the annual budget of $5bn" is an amount.
    /// </summary>
    public static bool TryBefore(SentenceTokens t, int first, int floor, out RatePeriod period)
    {
        period = default;
        for (var i = first - 1; i >= first - 4 && i >= floor && t.In(i) && !t.IsPunct(i) && !t.IsNumber(i); i--)
        {
            var word = ArabicOrEnglish(t, i);
            if (Adjectives.TryGetValue(word, out period))
            {
                return true;
            }
            if (Annual.Contains(word) && (IsPay(t, i - 1) || IsPay(t, i + 1)))
            {
                period = RatePeriod.Year;
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Annual = new[] { "سنوي", "سنوية", "annual", "yearly" }
        .Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Pay = new[]
    {
        "راتب", "أجر", "دخل", "إيجار", "مرتب", "salary", "salaries", "wage", "wages", "pay", "income", "rent", "stipend",
    }.Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static bool IsPay(SentenceTokens t, int i) => t.In(i) && Pay.Contains(ArabicOrEnglish(t, i));

    private static readonly Dictionary<string, RatePeriod> Adjectives = new[]
    {
        ("يومي", RatePeriod.Day), ("يومية", RatePeriod.Day), ("daily", RatePeriod.Day), ("أسبوعي", RatePeriod.Week),
        ("أسبوعية", RatePeriod.Week), ("weekly", RatePeriod.Week), ("شهري", RatePeriod.Month), ("شهرية", RatePeriod.Month),
        ("monthly", RatePeriod.Month), ("يوميا", RatePeriod.Day), ("أسبوعيا", RatePeriod.Week), ("شهريا", RatePeriod.Month),
        ("سنويا", RatePeriod.Year),
    }.ToDictionary(x => TextNormalizer.Normalize(x.Item1), x => x.Item2, StringComparer.Ordinal);

    private static string ArabicOrEnglish(SentenceTokens t, int i)
    {
        var norm = t.Norm(i);
        return t.IsArabicWord(i) && norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 4 ? norm[2..] : norm;
    }

    private static IEnumerable<(string, RatePeriod)> Build()
    {
        foreach (var p in new[] { "يوميا", "يومياً", "في اليوم", "باليوم", "كل يوم", "يومي", "a day", "per day", "each day", "every day", "daily", "/ day", "a-day", "per-day", "bpd", "b / d" })
        {
            yield return (p, RatePeriod.Day);
        }
        foreach (var p in new[] { "أسبوعيا", "في الأسبوع", "بالأسبوع", "كل أسبوع", "a week", "per week", "each week", "every week", "weekly", "/ week" })
        {
            yield return (p, RatePeriod.Week);
        }
        foreach (var p in new[] { "شهريا", "في الشهر", "بالشهر", "كل شهر", "شهري", "a month", "per month", "each month", "every month", "monthly", "/ month" })
        {
            yield return (p, RatePeriod.Month);
        }
        foreach (var p in new[]
        {
            "سنويا", "في السنة", "في العام", "بالسنة", "كل سنة", "كل عام", "سنوي", "عاميا", "a year", "per year", "each year", "every year",
            "annually", "per annum", "yearly", "a-year", "/ year", "/ yr", "p.a",
        })
        {
            yield return (p, RatePeriod.Year);
        }
    }
}
