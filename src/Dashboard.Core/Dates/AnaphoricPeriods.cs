namespace Dashboard.Core.Dates;

/// <summary>
/// Years and months named from the date just before them rather than from the publication date: "the year before",
/// "a year earlier", "the previous year", "a year later", "العام السابق", "السنة التالية", "العام الذي سبقه", "the
/// previous month", "الشهر السابق", "اليوم التالي", "the following day", "a week later"; and "the year" of a part ("the first nine months of the year", "النصف الأول من العام").
/// </summary>
internal static class AnaphoricPeriods
{
    private static readonly Dictionary<string, DateUnit> ArabicUnits = new(StringComparer.Ordinal)
    {
        ["العام"] = DateUnit.Year, ["السنه"] = DateUnit.Year, ["الشهر"] = DateUnit.Month, ["اليوم"] = DateUnit.Day,
    };

    private static readonly HashSet<string> ArabicUnitWords = new(ArabicUnits.Keys, StringComparer.Ordinal);

    private static readonly Dictionary<string, int> ArabicSteps = new(StringComparer.Ordinal)
    {
        ["السابق"] = -1, ["السابقه"] = -1, ["التالي"] = 1, ["التاليه"] = 1, ["اللاحق"] = 1, ["اللاحقه"] = 1,
    };

    // "النصف الأول من العام", "الأشهر التسعة الأولى من العام", "بقية العام": a part of the year in question.
    private static readonly HashSet<string> ArabicParts = new(
        ["النصف", "الربع", "الثلث", "الاشهر", "الشهور", "اشهر", "شهور", "بقيه", "باقي", "الفصل", "الاسابيع"], StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishParts = new(
        ["months", "half", "quarter", "quarters", "weeks", "rest", "remainder", "part", "balance", "third"], StringComparer.Ordinal);

    // Words that may follow "the year before" when it stands alone ("the year before, exports fell").
    private static readonly HashSet<string> EnglishFollowers = new(
        ["and", "but", "when", "while", "as", "in", "on", "at", "to", "from", "with", "after", "because"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output) =>
        r.IsArabicWord(i) ? Arabic(r, i, output) : English(r, i, output);

    private static int Arabic(DateReader r, int i, List<DateExpression> output)
    {
        if (!r.Is(i, ArabicUnitWords, out var trim, out var stem))
        {
            return -1;
        }
        var unit = ArabicUnits[stem];
        var next = r.W(i + 1);
        int step;
        var last = i + 1;
        if (ArabicSteps.TryGetValue(next, out step))
        {
            // "العام السابق للانتخابات": counted from an event, not a date.
            if (r.W(i + 2).StartsWith('ل') && r.IsArabicWord(i + 2))
            {
                return -1;
            }
        }
        else if (next is "الذي" or "التي" && r.W(i + 2) is "سبقه" or "سبقها" or "قبله" or "قبلها" or "تلاه" or "تلاها" or "بعده" or "بعدها")
        {
            step = r.W(i + 2) is "سبقه" or "سبقها" or "قبله" or "قبلها" ? -1 : 1;
            last = i + 2;
        }
        else if (unit == DateUnit.Year && r.W(i - 1) == "من" && PartBefore(r, i - 2) && !r.IsNumber(i + 1) && DateContext.DirectionOf(next) == Direction.None)
        {
            output.Add(new DateExpression(i, i, new AnaphoricSpec(unit, 0), trim));
            return i;
        }
        else
        {
            return -1;
        }
        output.Add(new DateExpression(i, last, new AnaphoricSpec(unit, step), trim));
        return last;
    }

    private static bool PartBefore(DateReader r, int k)
    {
        for (var j = k; j >= r.Lo && j >= k - 3; j--)
        {
            if (r.Is(j, ArabicParts))
            {
                return true;
            }
        }
        return false;
    }

    private static int English(DateReader r, int i, List<DateExpression> output)
    {
        var w = r.W(i);
        var unit = r.W(i + 1) switch
        {
            "year" => DateUnit.Year,
            "month" => DateUnit.Month,
            "week" => DateUnit.Week,
            "day" => DateUnit.Day,
            _ => (DateUnit?)null,
        };
        if (unit is not { } u)
        {
            return -1;
        }
        var after = r.W(i + 2);
        // "the previous year", "the prior month", "the following year", "the next day" (but "the next year" is next year;
        // "the previous week" is a span).
        if ((w is "previous" or "prior" or "following" || (w == "next" && u == DateUnit.Day)) && r.W(i - 1) == "the" && u != DateUnit.Week)
        {
            output.Add(new DateExpression(i - 1, i + 1, new AnaphoricSpec(u, w is "following" or "next" ? 1 : -1)));
            return i + 1;
        }
        // "a year earlier", "the year before", "a week later", "the day after": not "the year before the war" nor "the year before last".
        if (w is "a" or "the" && after is "earlier" or "before" or "later" or "after" && (!r.IsWord(i + 3) || EnglishFollowers.Contains(r.W(i + 3))))
        {
            output.Add(new DateExpression(i, i + 2, new AnaphoricSpec(u, after is "later" or "after" ? 1 : -1)));
            return i + 2;
        }
        // "the first nine months of the year", "the rest of the year".
        if (w == "the" && u == DateUnit.Year && r.W(i - 1) == "of" && r.Is(i - 2, EnglishParts))
        {
            output.Add(new DateExpression(i, i + 1, new AnaphoricSpec(u, 0)));
            return i + 1;
        }
        return -1;
    }
}
