namespace Dashboard.Core.Dates;

/// <summary>Which way from the publication date an expression points, when the text says so.</summary>
internal enum Direction
{
    /// <summary>Nothing said: the sentence's tense decides (past by default).</summary>
    None,
    Past,
    Future,

    /// <summary>"الجاري", "الحالي", "this": the publication date's own month or year.</summary>
    Current,
}

internal enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
}

internal abstract record DateSpec;

/// <summary>A calendar date, whole or partial: a year alone, a month with or without its year, a day with or without its year.</summary>
internal sealed record CalendarSpec(int? Year, int? Month, int? Day, bool Hijri, Direction Direction) : DateSpec
{
    /// <summary>A year given relative to the publication year ("مارس من العام الماضي" is −1).</summary>
    public int? YearOffset { get; init; }

    /// <summary>A month given relative to the publication month ("10 من الشهر الجاري" is 0); then Month is null.</summary>
    public int? MonthOffset { get; init; }

    /// <summary>
    /// The later end of a range this date opens, when it took its direction from it ("من يناير إلى سبتمبر الماضيين"):
    /// the date is then the nearest one before that end.
    /// </summary>
    public CalendarSpec? Until { get; init; }

    /// <summary>The weekday the text gives with a day ("الأحد الموافق 14 فبراير"), which picks its year.</summary>
    public DayOfWeek? Weekday { get; init; }

    public bool IsAbsolute => Year is not null;
}

/// <summary>A weekday, resolved to the nearest such day in the direction the sentence gives.</summary>
internal sealed record WeekdaySpec(DayOfWeek Day, Direction Direction) : DateSpec;

/// <summary>
/// A year or month counted from the date the text just gave ("the year before", "a year earlier", "العام السابق",
/// "the first nine months of the year"); from the publication date when the text gave none nearby.
/// </summary>
internal sealed record AnaphoricSpec(DateUnit Unit, int Amount) : DateSpec;

/// <summary>A season named from the publication date ("الصيف الماضي", "this winter"): the year it falls in.</summary>
internal sealed record SeasonSpec(int FirstMonth, int LastMonth, Direction Direction) : DateSpec;

/// <summary>The publication date moved forward by <see cref="Amount"/> units, only in a sentence about the future ("بعد أسبوعين", "in two weeks").</summary>
internal sealed record AheadSpec(DateUnit Unit, int Amount) : DateSpec;

/// <summary>The publication date moved by <see cref="Amount"/> units ("أمس" −1 day, "الشهر الماضي" −1 month, "next year" +1 year).</summary>
internal sealed record OffsetSpec(DateUnit Unit, int Amount) : DateSpec;

/// <summary>
/// A date expression over tokens <see cref="First"/> to <see cref="Last"/>; <see cref="Trim"/> normalised letters of
/// the first token (a clitic such as the و of "وأمس") are left out of its text.
/// </summary>
internal sealed record DateExpression(int First, int Last, DateSpec Spec, int Trim = 0);
