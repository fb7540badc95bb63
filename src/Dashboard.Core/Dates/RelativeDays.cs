namespace Dashboard.Core.Dates;

/// <summary>
/// Days named from the publication date: "اليوم", "أمس", "أول أمس", "غدا", "بعد غد", "صباح اليوم", "مساء أمس",
/// "today", "yesterday", "tomorrow", "tonight", "last night", "the day before yesterday". A weekday or a dated day
/// that follows ("أمس الخميس", "غداً (الخميس)", "أمس (الثلاثاء) الموافق 1 ربيع الآخر") belongs to the same date.
/// </summary>
internal static class RelativeDays
{
    private static readonly HashSet<string> TimesOfDay = new(
        ["صباح", "مساء", "ليل", "ليله", "ظهر", "فجر", "عصر", "ظهيره", "نهار", "صبيحه"], StringComparer.Ordinal);

    private static readonly HashSet<string> Yesterday = new(["امس", "الامس", "البارحه"], StringComparer.Ordinal);

    private static readonly HashSet<string> Today = new(["اليوم"], StringComparer.Ordinal);

    private static readonly HashSet<string> Tonight = new(["الليله"], StringComparer.Ordinal);

    private static readonly HashSet<string> Tomorrow = new(["غدا"], StringComparer.Ordinal);

    private static readonly HashSet<string> TheMorrow = new(["غد", "الغد"], StringComparer.Ordinal);

    // "اليوم الخامس للهجوم", "اليوم العالمي", "اليوم نفسه": a day, but not today.
    private static readonly HashSet<string> NotTodayAfter = new(
        ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "الاخير",
         "التالي", "السابق", "نفسه", "ذاته", "الواحد", "الواحده", "الوطني", "العالمي", "الدولي", "الموعود", "المشهود", "الذي", "التي", "من"],
        StringComparer.Ordinal);

    // "المصري اليوم", "روسيا اليوم", "أخبار اليوم" are outlets; "حتى اليوم" means "so far".
    private static readonly HashSet<string> NotTodayBefore = new(["المصري", "روسيا", "اخبار", "حتي", "الي", "لغايه"], StringComparer.Ordinal);

    // "سعر الليلة", "متوسط كلفة الليلة": a night's price, not tonight.
    private static readonly HashSet<string> PerNight = new(
        ["سعر", "ثمن", "كلفه", "تكلفه", "اجره", "اجر", "متوسط", "مبيت", "ايجار", "تعرفه"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        var timed = r.Is(i, TimesOfDay, out var trim) || r.W(i) == "يوم";
        var p = timed ? i + 1 : i;
        if (!DayOffset(r, ref p, timed, out var offset))
        {
            return -1;
        }
        if (!timed)
        {
            trim = Clitic(r, i);
        }
        DateSpec spec = new OffsetSpec(DateUnit.Day, offset);
        var last = WithWeekday(r, p);
        if (DatedDay(r, last) is { } dated)
        {
            // The text's own date for the day wins when it gives the year.
            spec = dated.Spec is CalendarSpec { IsAbsolute: true } ? dated.Spec : spec;
            last = dated.Last;
        }
        output.Add(new DateExpression(i, last, spec, trim));
        return last;
    }

    private static readonly HashSet<string>[] DayWords = [Today, Yesterday, Tomorrow, Tonight];

    private static int Clitic(DateReader r, int i)
    {
        foreach (var words in DayWords)
        {
            if (r.Is(i, words, out var trim))
            {
                return trim;
            }
        }
        return 0;
    }

    // Reads the day word at p (after an optional time of day), leaving p on its last token.
    private static bool DayOffset(DateReader r, ref int p, bool timed, out int offset)
    {
        offset = 0;
        var w = r.W(p);
        if (r.IsArabicWord(p))
        {
            if (w == "اول" && r.W(p + 1) == "امس")
            {
                p++;
                offset = -2;
                return true;
            }
            if (w == "اول" && r.W(p + 1) == "من" && r.W(p + 2) == "امس")
            {
                p += 2;
                offset = -2;
                return true;
            }
            if (w == "بعد" && r.Is(p + 1, TheMorrow))
            {
                p++;
                offset = 2;
                return true;
            }
            if (r.Is(p, Yesterday))
            {
                offset = r.W(p + 1) == "الاول" ? -2 : -1;
                p += offset == -2 ? 1 : 0;
                return true;
            }
            if (r.Is(p, Tomorrow) || (timed && r.Is(p, TheMorrow)))
            {
                offset = 1;
                return true;
            }
            if (r.Is(p, Today))
            {
                return !r.Is(p + 1, NotTodayAfter) && !r.Is(p - 1, NotTodayBefore);
            }
            if (!timed && r.Is(p, Tonight))
            {
                // "الليلة الماضية" is last night; "الليلة" alone is tonight.
                if (DateWords.Past.Contains(r.W(p + 1)))
                {
                    p++;
                    offset = -1;
                    return true;
                }
                return !r.Is(p + 1, NotTodayAfter) && !r.Is(p - 1, NotTodayBefore) && !r.Is(p - 1, PerNight);
            }
            return false;
        }
        switch (w)
        {
            case "today" or "tonight" when !r.Capitalized(p) || p == r.Lo || !r.Capitalized(p - 1):
                return true;
            case "yesterday":
                offset = -1;
                return true;
            case "tomorrow":
                offset = 1;
                return true;
            case "this" when r.W(p + 1) is "morning" or "afternoon" or "evening":
                p++;
                return true;
            case "last" when r.W(p + 1) == "night":
                p++;
                offset = -1;
                return true;
            case "the" when r.W(p + 1) == "day" && r.W(p + 2) is "before" or "after" && r.W(p + 3) is "yesterday" or "tomorrow":
                offset = r.W(p + 2) == "before" ? -2 : 2;
                p += 3;
                return true;
            default:
                return false;
        }
    }

    // "أمس الخميس", "غداً (الخميس)", "yesterday (Monday)": the weekday only confirms the day.
    private static int WithWeekday(DateReader r, int p)
    {
        var q = r.IsPunct(p + 1, '(') ? p + 2 : p + 1;
        if (Weekdays.At(r, q, out _) is null)
        {
            return p;
        }
        return q == p + 2 && r.IsPunct(q + 1, ')') ? q + 1 : q;
    }

    /// <summary>A dated day right after token p ("الخميس 28 يناير", "(الثلاثاء) الموافق 1 ربيع الآخر 1439هـ").</summary>
    public static DateExpression? DatedDay(DateReader r, int p)
    {
        var q = r.IsPunct(p + 1, '،') || r.IsPunct(p + 1, ',') || r.IsDash(p + 1) || r.W(p + 1) == "في" ? p + 2 : p + 1;
        if (r.W(q) is "الموافق" or "الموافقه")
        {
            q += r.W(q + 1) == "ل" ? 2 : 1;
        }
        return CalendarDates.DayAt(r, q);
    }
}
