namespace Dashboard.Core.Dates;

/// <summary>
/// Seasons named from the publication date: "الصيف الحالي", "الشتاء الماضي", "هذا الصيف", "الخريف المقبل", "this summer",
/// "last winter", "next spring". Each is the year it falls in; "صيف 2014" is read as a year by <see cref="Years"/>.
/// </summary>
internal static class Seasons
{
    private static readonly Dictionary<string, (int First, int Last)> Names = new(StringComparer.Ordinal)
    {
        ["الصيف"] = (6, 8), ["الشتاء"] = (12, 2), ["الربيع"] = (3, 5), ["الخريف"] = (9, 11),
        ["summer"] = (6, 8), ["winter"] = (12, 2), ["spring"] = (3, 5), ["autumn"] = (9, 11), ["fall"] = (9, 11),
    };

    private static readonly HashSet<string> ArabicNames = new(["الصيف", "الشتاء", "الربيع", "الخريف"], StringComparer.Ordinal);

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        if (r.IsArabicWord(i))
        {
            // "الصيف الماضي", "هذا الشتاء".
            if (r.W(i) is "هذا" && r.Is(i + 1, ArabicNames, out _, out var named))
            {
                output.Add(new DateExpression(i, i + 1, Spec(named, Direction.Current)));
                return i + 1;
            }
            if (!r.Is(i, ArabicNames, out var trim, out var season) || DateContext.DirectionOf(r.W(i + 1)) is not (not Direction.None and var d))
            {
                return -1;
            }
            output.Add(new DateExpression(i, i + 1, Spec(season, d), trim));
            return i + 1;
        }
        // "this summer", "last winter", "next spring".
        var w = r.W(i);
        if (w is "this" or "last" or "next" && Names.ContainsKey(r.W(i + 1)))
        {
            var direction = w switch { "last" => Direction.Past, "next" => Direction.Future, _ => Direction.Current };
            output.Add(new DateExpression(i, i + 1, Spec(r.W(i + 1), direction)));
            return i + 1;
        }
        return -1;
    }

    private static SeasonSpec Spec(string name, Direction direction)
    {
        var (first, last) = Names[name];
        return new SeasonSpec(first, last, direction);
    }
}
