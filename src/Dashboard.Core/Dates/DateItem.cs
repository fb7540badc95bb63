namespace Dashboard.Core.Dates;

/// <summary>
/// One date of a list while it is being read: what the text gave (day, month, year, direction) and, for an earlier
/// item of a range, the later item it leans on.
/// </summary>
internal sealed class DateItem
{
    public int First;
    public int Last;
    public int Trim;
    public int? Day;
    public int? Month;
    public int? Year;
    public int? YearOffset;
    public int? MonthOffset;
    public bool Hijri;
    public bool English;
    public bool Abbreviation;
    public Direction Direction;
    public bool Habitual;
    public DateItem? Until;
    public readonly List<(int Day, int Token)> MoreDays = [];

    public bool HasYearInfo => Year is not null || YearOffset is not null || Direction != Direction.None;

    /// <summary>A month named, or a month counted from the publication date ("10 من الشهر الجاري").</summary>
    public bool HasMonth => Month is not null || MonthOffset is not null;
}
