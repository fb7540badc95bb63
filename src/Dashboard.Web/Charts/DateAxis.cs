using System.Globalization;

namespace Dashboard.Web.Charts;

/// <summary>Date axes for plotly: a point per value, and a sensible window when the data spans a single day.</summary>
public static class DateAxis
{
    /// <summary>Where a date value sits on the axis: mid-year for a year, mid-month for a month.</summary>
    public static string Point(string date) => date.Length switch
    {
        4 => date + "-07-01",
        7 => date + "-15",
        _ => date,
    };

    /// <summary>With one date only, plotly zooms to milliseconds around it: show a month either side instead.</summary>
    public static IReadOnlyList<object>? SingleDayRange(IEnumerable<string> dates)
    {
        var days = dates.Select(Point).Distinct(StringComparer.Ordinal).ToList();
        return days.Count == 1 && DateOnly.TryParseExact(days[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? [day.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
            : null;
    }
}
