using System.Globalization;

namespace Dashboard.Core.Facts;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A date named in the text: <see cref="Value"/> is "YYYY-MM-DD", "YYYY-MM" or "YYYY" by <see cref="Precision"/>,
/// or null when the expression is relative and there is no publication date to anchor it.
/// </summary>
public sealed record DateMention(
    string Text,
    int Start,
    int End,
    int Sentence,
    string? Value,
    DatePrecision Precision,
    bool Relative) : IFact
{
    /// <summary>"hijri" when the text gave a Hijri date (Value is still Gregorian).</summary>
    public string Calendar { get; init; } = "gregorian";

    public bool Resolved => Value is not null;

    /// <summary>The first and last day the value covers (a month or a year spans many days).</summary>
    public (DateOnly From, DateOnly To)? Range => Value is null ? null : DateValue.Range(Value);
}

/// <summary>Formatting and reading of date values by precision.</summary>
public static class DateValue
{
    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static (DateOnly From, DateOnly To) Range(string value)
    {
        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (value.Length == 4)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        var month = int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (value.Length == 7)
        {
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        var day = new DateOnly(year, month, int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture));
        return (day, day);
    }

    public static DatePrecision PrecisionOf(string value) => value.Length switch
    {
        4 => DatePrecision.Year,
        7 => DatePrecision.Month,
        _ => DatePrecision.Day,
    };
}
