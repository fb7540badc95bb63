namespace Dashboard.Core.Dates;

/// <summary>
/// Weeks, months and years named from the publication date: "الأسبوع الماضي", "الشهر الجاري", "مطلع الشهر",
/// "العام المقبل", "هذا العام", "العام قبل الماضي", "last week", "this month", "next year", "the end of the year".
/// "هذا الأسبوع" / "this week" and plurals ("الأشهر الماضية") are too vague to be dates.
/// </summary>
internal static class RelativePeriods
{
    private static readonly Dictionary<string, DateUnit> ArabicPeriods = new(StringComparer.Ordinal)
    {
        ["الاسبوع"] = DateUnit.Week, ["الشهر"] = DateUnit.Month, ["العام"] = DateUnit.Year, ["السنه"] = DateUnit.Year,
    };

    private static readonly HashSet<string> ArabicPeriodWords = new(ArabicPeriods.Keys, StringComparer.Ordinal);

    private static readonly HashSet<string> This = new(["هذا", "هذه"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        if (r.IsArabicWord(i))
        {
            return Arabic(r, i, output);
        }
        var w = r.W(i);
        if (w is "last" or "next" or "this" && EnglishUnit(r.W(i + 1)) is { } unit && !(w == "this" && unit == DateUnit.Week))
        {
            var amount = w switch { "last" => -1, "next" => 1, _ => 0 };
            output.Add(new DateExpression(i, i + 1, new OffsetSpec(unit, amount)));
            return i + 1;
        }
        // "by the end of the year", "at the start of the month".
        if (w == "the" && EnglishUnit(r.W(i + 1)) is { } part and not DateUnit.Week
            && r.W(i - 1) == "of" && r.W(i - 2) is "end" or "start" or "beginning" or "middle" or "turn")
        {
            output.Add(new DateExpression(i, i + 1, new OffsetSpec(part, 0)));
            return i + 1;
        }
        return -1;
    }

    private static int Arabic(DateReader r, int i, List<DateExpression> output)
    {
        if (r.Is(i, This, out var trim) && r.W(i + 1) is var next && ArabicPeriods.TryGetValue(next, out var named))
        {
            if (named == DateUnit.Week)
            {
                return -1;
            }
            output.Add(new DateExpression(i, i + 1, new OffsetSpec(named, 0), trim));
            return i + 1;
        }
        if (!r.Is(i, ArabicPeriodWords, out trim, out var stem))
        {
            return -1;
        }
        var unit = ArabicPeriods[stem];
        var w = r.W(i + 1);
        if (w == "قبل" && DateWords.Past.Contains(r.W(i + 2)))
        {
            output.Add(new DateExpression(i, i + 2, new OffsetSpec(unit, -2), trim)); // "العام قبل الماضي"
            return i + 2;
        }
        var direction = DateContext.DirectionOf(w);
        if (direction == Direction.None)
        {
            // "مطلع العام", "منتصف الشهر": a part of the current period.
            if (unit != DateUnit.Week && r.Is(i - 1, DateWords.PartOfPeriod) && !r.IsNumber(i + 1))
            {
                output.Add(new DateExpression(i, i, new OffsetSpec(unit, 0), trim));
                return i;
            }
            return -1;
        }
        if (unit == DateUnit.Week && direction == Direction.Current)
        {
            return -1;
        }
        var amount = direction switch { Direction.Past => -1, Direction.Future => 1, _ => 0 };
        output.Add(new DateExpression(i, i + 1, new OffsetSpec(unit, amount), trim));
        return i + 1;
    }

    private static DateUnit? EnglishUnit(string w) => w switch
    {
        "week" => DateUnit.Week,
        "month" => DateUnit.Month,
        "year" => DateUnit.Year,
        _ => null,
    };
}
