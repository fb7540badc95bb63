namespace Dashboard.Core.Dates;

/// <summary>Days of the month as Arabic ordinal words: "الأول", "الخامس عشر", "الحادي والعشرين", "الثلاثين".</summary>
internal static class ArabicOrdinals
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["الاول"] = 1, ["الحادي"] = 1, ["الثاني"] = 2, ["الثالث"] = 3, ["الرابع"] = 4, ["الخامس"] = 5, ["السادس"] = 6,
        ["السابع"] = 7, ["الثامن"] = 8, ["التاسع"] = 9, ["العاشر"] = 10, ["العشرين"] = 20, ["الثلاثين"] = 30,
    };

    /// <summary>Reads an ordinal day at token k; <paramref name="last"/> is its last token.</summary>
    public static bool TryRead(DateReader r, int k, out int day, out int last)
    {
        day = 0;
        last = k;
        if (!Units.TryGetValue(r.W(k), out var unit))
        {
            return false;
        }
        var next = r.W(k + 1);
        if (unit < 10 && next == "عشر")
        {
            // "الأول عشر" is not said; "الحادي عشر" is 11.
            day = 10 + unit;
            last = k + 1;
        }
        else if (unit < 10 && next is "والعشرين" or "والثلاثين")
        {
            day = (next == "والعشرين" ? 20 : 30) + unit;
            last = k + 1;
        }
        else
        {
            day = r.W(k) == "الحادي" ? 0 : unit;
        }
        return day is >= 1 and <= 31;
    }
}
