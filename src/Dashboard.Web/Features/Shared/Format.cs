using System.Globalization;

namespace Dashboard.Web.Features.Shared;

/// <summary>How numbers, money, rates and dates read on screen ("5.8 billion USD", "11.4 million USD a day").</summary>
public static class Format
{
    public static CultureInfo Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? CultureInfo.GetCultureInfo("ar-EG") : CultureInfo.GetCultureInfo("en-US");

    /// <summary>A number in words of scale: 5800000000 → "5.8 billion", 1500 → "1,500".</summary>
    public static string Number(double value, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.GetCultureInfo("en-US");
        var magnitude = Math.Abs(value);
        var (scaled, word) = magnitude switch
        {
            >= 1e12 => (value / 1e12, "trillion"),
            >= 1e9 => (value / 1e9, "billion"),
            >= 1e6 => (value / 1e6, "million"),
            _ => (value, ""),
        };
        var digits = scaled.ToString(word.Length == 0 ? "#,##0.##" : "0.##", culture);
        return word.Length == 0 ? digits : $"{digits} {word}";
    }

    public static string PerPeriod(string? per) => per switch
    {
        "day" => "a day",
        "week" => "a week",
        "month" => "a month",
        "year" => "a year",
        _ => "",
    };

    /// <summary>"≈ 1,500 people", "5.8 billion USD", "11.4 million USD a day".</summary>
    public static string Figure(double value, string unit, string? per, bool approx = false, string bound = "exact")
    {
        var prefix = bound switch
        {
            "at_least" => "≥ ",
            "at_most" => "≤ ",
            _ => approx ? "≈ " : "",
        };
        var rate = PerPeriod(per);
        return $"{prefix}{Number(value)} {unit}{(rate.Length == 0 ? "" : " " + rate)}";
    }

    /// <summary>A date value by its precision: "28 January 2016", "January 2016", "2016".</summary>
    public static string Date(string? value, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.GetCultureInfo("en-GB");
        if (string.IsNullOrEmpty(value))
        {
            return "undated";
        }
        return value.Length switch
        {
            10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day.ToString("d MMMM yyyy", culture),
            7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month.ToString("MMMM yyyy", culture),
            _ => value,
        };
    }

    /// <summary>Right-to-left for Arabic text, so the browser lays it out the way it reads.</summary>
    public static string Direction(string? text) => text is not null && Core.Text.TextNormalizer.IsMostlyArabic(text) ? "rtl" : "ltr";
}
