namespace Dashboard.Core.Dates;

/// <summary>
/// Weekdays: "الخميس", "يوم الجمعة الماضي", "الأحد المقبل", "on Tuesday", "last Tuesday". A weekday followed by its
/// date ("الخميس 28 يناير", "Thursday, Jan. 28, 2016") is that date.
/// </summary>
internal static class WeekdayDates
{
    // "أيام الجمعة", "كل خميس", "every Friday": a habit, not a day.
    private static readonly HashSet<string> Habitual = new(["ايام", "كل", "every"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        if (Weekdays.At(r, i, out var trim) is not { } day || NotAWeekday(r, i, day))
        {
            return -1;
        }
        var direction = Direction.None;
        var last = i;
        if (r.IsArabicWord(i + 1) && DateContext.DirectionOf(r.W(i + 1)) is var after and not Direction.None)
        {
            direction = after;
            last = i + 1;
        }
        else if (!r.IsArabicWord(i))
        {
            direction = r.W(i - 1) switch { "last" => Direction.Past, "next" => Direction.Future, _ => Direction.None };
        }
        if (RelativeDays.DatedDay(r, last) is { } dated)
        {
            var spec = dated.Spec is CalendarSpec { IsAbsolute: false } partial ? partial with { Weekday = day } : dated.Spec;
            output.Add(dated with { First = i, Trim = trim, Spec = spec });
            return dated.Last;
        }
        output.Add(new DateExpression(i, last, new WeekdaySpec(day, direction), trim));
        return last;
    }

    private static bool NotAWeekday(DateReader r, int i, DayOfWeek day)
    {
        var before = r.W(i - 1);
        var after = r.W(i + 1);
        if (r.Is(i - 1, Habitual))
        {
            return true;
        }
        return r.IsArabicWord(i) && day switch
        {
            DayOfWeek.Sunday => after == "عشر",                                            // "الأحد عشر": eleven
            DayOfWeek.Monday => before is "بين" or "كلا" || after is "معا" or "منهما",       // "الاثنين": the two
            _ => false,
        };
    }
}
