using Dashboard.Core.Facts;

namespace Dashboard.Core.Dates;

/// <summary>
/// Turns a parsed expression into a value: absolute dates as they are (Hijri ones converted), relative ones against
/// the publication date P. A day or month without a year takes the year that puts it nearest P on the side the text
/// or the sentence's tense points to.
/// </summary>
internal static class DateResolver
{
    private const int MinPublishedYear = 1000;
    private const int MaxPublishedYear = 9000;

    public readonly record struct Resolution(string? Value, DatePrecision Precision, bool Relative, bool Valid);

    public static Resolution Resolve(DateSpec spec, DateOnly? published, bool future) => spec switch
    {
        CalendarSpec c => Calendar(c, published, future),
        WeekdaySpec w => Anchored(DatePrecision.Day, published, p => Weekday(w, p, future)),
        OffsetSpec o => Anchored(PrecisionOf(o.Unit), published, p => Offset(o, p)),
        AheadSpec a when future => Anchored(PrecisionOf(a.Unit), published, p => Offset(new OffsetSpec(a.Unit, a.Amount), p)),
        SeasonSpec s => Anchored(DatePrecision.Year, published, p => new DateOnly(SeasonYear(s, p), 1, 1)),
        _ => default,
    };

    private static DatePrecision PrecisionOf(DateUnit unit) => unit switch
    {
        DateUnit.Month => DatePrecision.Month,
        DateUnit.Year => DatePrecision.Year,
        _ => DatePrecision.Day,
    };

    private static Resolution Anchored(DatePrecision precision, DateOnly? published, Func<DateOnly, DateOnly?> resolve)
    {
        // A publication date outside modern history (a corrupt date) anchors nothing, rather than leaving the calendars.
        if (published is not { } p || p.Year is < MinPublishedYear or > MaxPublishedYear)
        {
            return new Resolution(null, precision, Relative: true, Valid: true);
        }
        return resolve(p) is { } date
            ? new Resolution(DateValue.Format(date, precision), precision, Relative: true, Valid: true)
            : default;
    }

    // "قبل 500 عام" is history; "999 decades ago" would leave the calendar and is no date.
    private static DateOnly? Offset(OffsetSpec o, DateOnly p)
    {
        var years = o.Unit switch
        {
            DateUnit.Day => o.Amount / 365,
            DateUnit.Week => o.Amount / 52,
            DateUnit.Month => o.Amount / 12,
            _ => o.Amount,
        };
        if (p.Year + years is < 2 or > 9998)
        {
            return null;
        }
        return o.Unit switch
        {
            DateUnit.Day => p.AddDays(o.Amount),
            DateUnit.Week => p.AddDays(7 * o.Amount),
            DateUnit.Month => p.AddMonths(o.Amount),
            _ => p.AddYears(o.Amount),
        };
    }

    // The season just over ("last summer" in October is this year's), the one under way, or the next to begin.
    private static int SeasonYear(SeasonSpec s, DateOnly p) => s.Direction switch
    {
        Direction.Past => p.Month > s.LastMonth ? p.Year : p.Year - 1,
        Direction.Future => p.Month < s.FirstMonth ? p.Year : p.Year + 1,
        _ => p.Year,
    };

    private static DateOnly Weekday(WeekdaySpec w, DateOnly p, bool future)
    {
        var direction = w.Direction is Direction.None or Direction.Current ? (future ? Direction.Future : Direction.None) : w.Direction;
        if (direction == Direction.Future)
        {
            var ahead = ((int)w.Day - (int)p.DayOfWeek + 7) % 7;
            return p.AddDays(ahead == 0 && w.Direction == Direction.Future ? 7 : ahead);
        }
        var back = ((int)p.DayOfWeek - (int)w.Day + 7) % 7;
        return p.AddDays(-(back == 0 && w.Direction == Direction.Past ? 7 : back));
    }

    private static Resolution Calendar(CalendarSpec c, DateOnly? published, bool future)
    {
        var precision = c.Day is not null ? DatePrecision.Day : c.Month is not null ? DatePrecision.Month : DatePrecision.Year;
        if (c.Year is { } year)
        {
            var date = c.Hijri ? HijriDates.ToGregorian(year, c.Month ?? 1, c.Day ?? 1) : Gregorian(year, c.Month ?? 1, c.Day ?? 1);
            return date is { } d ? new Resolution(DateValue.Format(d, precision), precision, Relative: false, Valid: true) : default;
        }
        return Anchored(precision, published, p => Nearest(c, p, future));
    }

    private static DateOnly? Nearest(CalendarSpec c, DateOnly p, bool future)
    {
        var month = c.Month ?? 1;
        var day = c.Day ?? 1;
        if (c.MonthOffset is { } months)
        {
            var anchor = p.AddMonths(months);
            return Gregorian(anchor.Year, anchor.Month, day);
        }
        if (c.YearOffset is { } offset)
        {
            return Date(c, c.Hijri ? HijriDates.YearOf(p) + offset : p.Year + offset, month, day);
        }
        if (c.Until is { } until)
        {
            var end = until.Year is { } y ? Date(until, y, until.Month ?? 1, until.Day ?? 1) : Nearest(until, p, future);
            return end is { } e ? LatestUpTo(c, e, month, day) : null;
        }
        var direction = c.Direction == Direction.None ? (future ? Direction.Future : Direction.Past) : c.Direction;
        var baseYear = c.Hijri ? HijriDates.YearOf(p) : p.Year;
        if (c.Weekday is { } weekday && c.Day is not null && SameWeekday(c, p, baseYear, weekday) is { } named)
        {
            return named;
        }
        if (direction == Direction.Current)
        {
            return Date(c, baseYear, month, day);
        }
        // A named direction ("الماضي", "المقبل") excludes P's own month; the tense alone does not.
        var strict = c.Direction != Direction.None && c.Day is null;
        DateOnly? best = null;
        for (var year = baseYear - 1; year <= baseYear + 1; year++)
        {
            if (Date(c, year, month, day) is not { } candidate)
            {
                continue;
            }
            var start = c.Day is null && !c.Hijri ? new DateOnly(p.Year, p.Month, 1) : p;
            var fits = direction == Direction.Past
                ? (strict ? candidate < start : candidate <= start)
                : (strict ? candidate > (c.Day is null && !c.Hijri ? start.AddMonths(1).AddDays(-1) : start) : candidate >= start);
            if (fits && (best is null || Math.Abs(candidate.DayNumber - p.DayNumber) < Math.Abs(best.Value.DayNumber - p.DayNumber)))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static DateOnly? LatestUpTo(CalendarSpec c, DateOnly end, int month, int day)
    {
        var endYear = c.Hijri ? HijriDates.YearOf(end) : end.Year;
        for (var year = endYear; year >= endYear - 1; year--)
        {
            if (Date(c, year, month, day) is { } candidate && candidate <= end)
            {
                return candidate;
            }
        }
        return null;
    }

    // "الأحد 14 فبراير": of the nearby years, the one where that day is a Sunday.
    private static DateOnly? SameWeekday(CalendarSpec c, DateOnly p, int baseYear, DayOfWeek weekday)
    {
        DateOnly? best = null;
        for (var year = baseYear - 1; year <= baseYear + 1; year++)
        {
            if (Date(c, year, c.Month ?? 1, c.Day ?? 1) is { } candidate && candidate.DayOfWeek == weekday
                && (best is null || Math.Abs(candidate.DayNumber - p.DayNumber) < Math.Abs(best.Value.DayNumber - p.DayNumber)))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static DateOnly? Date(CalendarSpec c, int year, int month, int day) =>
        c.Hijri ? HijriDates.ToGregorian(year, month, day) : Gregorian(year, month, day);

    private static DateOnly? Gregorian(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
