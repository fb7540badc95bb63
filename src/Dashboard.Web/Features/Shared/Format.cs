using System.Globalization;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Features.Shared;

/// <summary>
/// How numbers, money, rates and dates read on screen in the interface language:
/// "5.8 billion USD", "11.4 million USD a day", "28 January 2016"; "5.8 مليار دولار", "28 يناير 2016".
/// </summary>
public static class Format
{
    private static readonly Dictionary<string, string> ArabicCurrencies = new()
    {
        ["USD"] = "دولار", ["EUR"] = "يورو", ["GBP"] = "جنيه إسترليني", ["EGP"] = "جنيه مصري", ["SAR"] = "ريال سعودي",
        ["QAR"] = "ريال قطري", ["OMR"] = "ريال عماني", ["YER"] = "ريال يمني", ["IRR"] = "ريال إيراني", ["KWD"] = "دينار كويتي",
        ["IQD"] = "دينار عراقي", ["JOD"] = "دينار أردني", ["BHD"] = "دينار بحريني", ["LYD"] = "دينار ليبي", ["TND"] = "دينار تونسي",
        ["DZD"] = "دينار جزائري", ["SYP"] = "ليرة سورية", ["LBP"] = "ليرة لبنانية", ["TRY"] = "ليرة تركية", ["AED"] = "درهم إماراتي",
        ["MAD"] = "درهم مغربي", ["SDG"] = "جنيه سوداني", ["ILS"] = "شيكل", ["RUB"] = "روبل", ["CNY"] = "يوان", ["JPY"] = "ين",
    };

    public static CultureInfo Culture => UiCulture.Formatting;

    /// <summary>A number with a word of scale: 5800000000 → "5.8 billion" ("5.8 مليار"), 1500 → "1,500".</summary>
    public static string Number(double value)
    {
        var arabic = UiCulture.IsArabic;
        var magnitude = Math.Abs(value);
        var (scaled, word) = magnitude switch
        {
            >= 1e12 => (value / 1e12, arabic ? "تريليون" : "trillion"),
            >= 1e9 => (value / 1e9, arabic ? "مليار" : "billion"),
            >= 1e6 => (value / 1e6, arabic ? "مليون" : "million"),
            _ => (value, ""),
        };
        // Western digits with a full stop: the way the articles themselves print figures, in either language.
        var digits = scaled.ToString(word.Length == 0 ? "#,##0.##" : "0.##", CultureInfo.InvariantCulture);
        return word.Length == 0 ? digits : $"{digits} {word}";
    }

    public static string PerPeriod(string? per) => (per, UiCulture.IsArabic) switch
    {
        ("day", false) => "a day",
        ("week", false) => "a week",
        ("month", false) => "a month",
        ("year", false) => "a year",
        ("day", true) => "يوميا",
        ("week", true) => "أسبوعيا",
        ("month", true) => "شهريا",
        ("year", true) => "سنويا",
        _ => "",
    };

    /// <summary>The unit as the reader expects it: ISO codes in English, currency names in Arabic.</summary>
    public static string Unit(string unit) =>
        UiCulture.IsArabic && ArabicCurrencies.TryGetValue(unit, out var name) ? name : unit;

    /// <summary>"≈ 1,500 people", "5.8 billion USD", "11.4 million USD a day".</summary>
    public static string Figure(double value, string unit, string? per, bool approx = false, string bound = "exact")
    {
        var prefix = bound switch
        {
            "at_least" => "≥ ",
            "at_most" => "≤ ",
            _ => approx ? "≈ " : "",
        };
        return $"{prefix}{Number(value)}{UnitAndPeriod(unit, per)}";
    }

    // " 11.4 million USD a day" after the number: the unit, then the period of a rate.
    private static string UnitAndPeriod(string unit, string? per)
    {
        var rate = PerPeriod(per);
        return $" {Unit(unit)}{(rate.Length == 0 ? "" : " " + rate)}";
    }

    /// <summary>
    /// A reported figure read as what it allows: "120,000 people", "≈ 7 billion USD", "10,000–99,999 people"
    /// (a vague "tens of thousands"), "≥ 24 countries", "≤ 3 people". Never an approximate value as an exact one.
    /// </summary>
    public static string Reported(Data.Queries.FigureRow figure) =>
        Reported(Data.Queries.FigureRange.Of(figure.Value, figure.Approx, figure.Bound, figure.Text), figure.Value, figure.Unit, figure.Per);

    public static string Reported(Data.Queries.FigureRange range, double value, string unit, string? per) => range.Kind switch
    {
        // A vague magnitude is its range; anything else is the value with its sign (≈, ≥, ≤).
        Data.Queries.FigureRangeKind.Magnitude => $"{Number(range.Low)}–{Number(range.High)}{UnitAndPeriod(unit, per)}",
        Data.Queries.FigureRangeKind.About => Figure(value, unit, per, approx: true),
        Data.Queries.FigureRangeKind.AtLeast => Figure(value, unit, per, bound: "at_least"),
        Data.Queries.FigureRangeKind.AtMost => Figure(value, unit, per, bound: "at_most"),
        _ => Figure(value, unit, per),
    };

    /// <summary>A date value by its precision: "28 January 2016", "January 2016", "2016".</summary>
    public static string Date(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return UiCulture.IsArabic ? "بلا تاريخ" : "undated";
        }
        return value.Length switch
        {
            10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day.ToString("d MMMM yyyy", Culture),
            7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month.ToString("MMMM yyyy", Culture),
            _ => value,
        };
    }

    /// <summary>Counts with grouping commas ("1,234") in both languages: the Arabic interface writes Western digits throughout.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A file size: "850 bytes", "12 KB", "3.4 MB" ("3.4 ميغابايت").</summary>
    public static string FileSize(long bytes)
    {
        var arabic = UiCulture.IsArabic;
        var (value, unit) = bytes switch
        {
            >= 1024 * 1024 => (bytes / (1024 * 1024.0), arabic ? "ميغابايت" : "MB"),
            >= 1024 => (bytes / 1024.0, arabic ? "كيلوبايت" : "KB"),
            _ => ((double)bytes, arabic ? "بايت" : "bytes"),
        };
        return $"{value.ToString("#,##0.#", CultureInfo.InvariantCulture)} {unit}";
    }

    /// <summary>
    /// English or code-like text inside an Arabic sentence (a list of file types, a loader's message), kept left to
    /// right by Unicode isolates so its dots and brackets stay in place; unchanged in English.
    /// </summary>
    public static string LeftToRight(string text) => UiCulture.IsArabic ? $"\u2066{text}\u2069" : text;

    /// <summary>A place's name in the interface language.</summary>
    public static string PlaceName(string name, string nameAr) => UiCulture.IsArabic && nameAr.Length > 0 ? nameAr : name;

    /// <summary>Right-to-left for Arabic text, so the browser lays it out the way it reads.</summary>
    public static string Direction(string? text) => text is not null && Core.Text.TextNormalizer.IsMostlyArabic(text) ? "rtl" : "ltr";
}
