namespace Dashboard.Core.Dates;

/// <summary>The words around a date that give its direction or make a bare month or year a date.</summary>
internal static class DateContext
{
    public static Direction DirectionOf(string w) =>
        DateWords.Past.Contains(w) ? Direction.Past
        : DateWords.Future.Contains(w) ? Direction.Future
        : DateWords.Current.Contains(w) ? Direction.Current
        : Direction.None;

    /// <summary>True when the word before token k makes a bare month or year a date ("في", "منذ", "in", "mid-").</summary>
    public static bool HasContext(DateReader r, int k)
    {
        if (r.Is(k - 1, DateWords.Context))
        {
            return true;
        }
        return r.IsDash(k - 1) && r.Glued(k - 1, k) && r.W(k - 2) is "mid" or "early" or "late";
    }
}
