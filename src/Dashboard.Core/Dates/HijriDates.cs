using System.Globalization;

namespace Dashboard.Core.Dates;

/// <summary>
/// Hijri to Gregorian conversion: Umm al-Qura (the Saudi civil calendar) within its range, 1318–1500 AH, and the
/// tabular Hijri calendar outside it.
/// </summary>
internal static class HijriDates
{
    private const int UmAlQuraFirstYear = 1318;
    private const int UmAlQuraLastYear = 1500;

    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    private static Calendar For(int hijriYear) =>
        hijriYear is >= UmAlQuraFirstYear and <= UmAlQuraLastYear ? UmAlQura : Tabular;

    /// <summary>The Gregorian day of a Hijri date, or null when the date does not exist (day 30 of a 29-day month).</summary>
    public static DateOnly? ToGregorian(int year, int month, int day)
    {
        if (year is < 1 or > 9000 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        var calendar = For(year);
        if (day > calendar.GetDaysInMonth(year, month))
        {
            return null;
        }
        return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    /// <summary>The Hijri year a Gregorian day falls in.</summary>
    public static int YearOf(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return time >= UmAlQura.MinSupportedDateTime && time <= UmAlQura.MaxSupportedDateTime
            ? UmAlQura.GetYear(time)
            : Tabular.GetYear(time);
    }

    /// <summary>The Hijri year whose month <paramref name="month"/> begins in Gregorian year <paramref name="gregorianYear"/> ("رمضان 2016").</summary>
    public static int? YearWithMonthIn(int gregorianYear, int month)
    {
        var middle = YearOf(new DateOnly(gregorianYear, 7, 1));
        for (var year = middle - 1; year <= middle + 1; year++)
        {
            if (ToGregorian(year, month, 1) is { } start && start.Year == gregorianYear)
            {
                return year;
            }
        }
        return null;
    }
}
