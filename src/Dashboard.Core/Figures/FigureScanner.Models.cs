namespace Dashboard.Core.Figures;

/// <summary>Model designations between a count and its noun ("90 Boeing 777X jets", "55 777-9s", "20 737 MAX jets").</summary>
internal sealed partial class FigureScanner
{
    // "Dreamliners", "Omanis": a capitalised plural names what a count counts (a model's name or a people).
    private bool IsCapitalizedPlural(int k)
    {
        var norm = t.Norm(k);
        return t.IsCapitalized(k) && norm.Length >= 4 && norm[^1] == 's' && norm[^2] != 's' && !t.IsAllUpper(k);
    }

    /// <summary>
    /// The last token of a model designation starting at <paramref name="k"/>: glued letters, digits and hyphens with a
    /// digit and a letter or hyphen ("777X", "787-9", "A350-900s", "F-16"), or digits before an all-capital word ("737 MAX");
    /// -1 when there is none.
    /// </summary>
    private int ModelAt(int k)
    {
        var lettered = t.IsLatinWord(k) && t.Glued(k, k + 1)
            && (t.IsNumber(k + 1) || (t.IsPunct(k + 1, '-') && t.Glued(k + 1, k + 2) && t.IsNumber(k + 2)));
        if (!t.IsNumber(k) && !lettered)
        {
            return -1;
        }
        var end = k;
        var shaped = t.IsLatinWord(k);
        while (end - k < 6 && t.Glued(end, end + 1) && (t.IsNumber(end + 1) || t.IsLatinWord(end + 1) || (t.IsPunct(end + 1, '-') && t.Glued(end + 1, end + 2))))
        {
            end++;
            shaped = true;
        }
        if (t.IsPunct(end, '-'))
        {
            return -1;
        }
        if (!shaped && t.IsAllUpper(end + 1) && t.Norm(end + 1).Length >= 2 && !Currencies.TryAfter(t, end + 1, false, out _))
        {
            return end + 1; // "737 MAX"
        }
        return shaped ? end : -1;
    }
}
