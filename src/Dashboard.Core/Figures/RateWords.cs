using Dashboard.Core.Facts;

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

    private static readonly HashSet<string> NotRateBefore = new(StringComparer.Ordinal)
    {
        "in", "for", "within", "over", "than", "about", "nearly", "almost", "half", "once", "twice", "after", "before", "per-",
        "خلال", "منذ", "قبل", "بعد", "طوال", "مدى", "مدار",
    };

    /// <summary>A rate phrase starting at <paramref name="pos"/>: its period and last token.</summary>
    public static bool TryMatch(SentenceTokens t, int pos, out RatePeriod period, out int last)
    {
        if (!Phrases.MatchForward(t, pos, particles: false, out last, out period))
        {
            return false;
        }
        var after = t.Norm(last + 1);
        return !NotRateAfter.Contains(after) && !t.IsNumber(last + 1) && !NotRateBefore.Contains(t.Norm(pos - 1));
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
