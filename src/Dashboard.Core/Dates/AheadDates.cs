namespace Dashboard.Core.Dates;

/// <summary>
/// Points reached by counting forward from the publication date in a sentence about the future: "بعد أسبوعين",
/// "بعد ثلاثة أشهر", "in two weeks", "in 10 days' time", "three months from now". "بعد يومين من الهجوم" counts from an
/// event and "وبعد يومين أعلن" (a past narrative) from another day, so neither is a date.
/// </summary>
internal static class AheadDates
{
    public static int TryParse(DateReader r, int i, List<DateExpression> output) =>
        r.IsArabicWord(i) ? Arabic(r, i, output) : English(r, i, output);

    private static int Arabic(DateReader r, int i, List<DateExpression> output)
    {
        if (!r.Is(i, After, out var trim) || r.W(i - 1) == "ما")
        {
            return -1;
        }
        var p = r.Is(i + 1, DateWords.Hedges) ? i + 2 : i + 1;
        int count;
        DateUnit unit;
        if (DateWords.ArabicUnits.TryGetValue(r.W(p), out var alone))
        {
            if (r.W(p) is "ايام" or "اسابيع" or "اشهر" or "شهور" or "اعوام" or "سنوات" or "سنين" or "عقود" || r.IsNumber(p + 1)
                || r.W(p) is "عقد" or "يوم")
            {
                return -1; // "بعد أيام" is vague, "بعد عام 2014" a year, "بعد عقد" a holding, "بعد يوم" a day of something
            }
            (unit, count) = alone;
        }
        else if ((DateWords.ArabicNumbers.TryGetValue(r.W(p), out var n) || (n = r.Int(p, 3)) > 0)
            && DateWords.ArabicUnits.TryGetValue(r.W(p + 1), out var counted) && counted.Count is 1 or 10)
        {
            (unit, count) = (counted.Unit, n * counted.Count);
            p++;
        }
        else
        {
            return -1;
        }
        if (r.W(p + 1) is "من" or "علي" || (r.W(p + 1).StartsWith("ال", StringComparison.Ordinal) && r.W(p + 1) is not ("الان" or "الي")))
        {
            return -1; // "بعد يومين من الهجوم", "بعد عامين على الحرب", "بعد عام الحرب"
        }
        output.Add(new DateExpression(i, p, new AheadSpec(unit, count), trim));
        return p;
    }

    private static readonly HashSet<string> After = new(["بعد"], StringComparer.Ordinal);

    private static int English(DateReader r, int i, List<DateExpression> output)
    {
        // "in two weeks", "in 10 days' time"; "three months from now".
        var from = r.W(i) == "in" ? i + 1 : i;
        var count = DateWords.EnglishNumbers.TryGetValue(r.W(from), out var word) ? word : r.Int(from, 3);
        if (count <= 0 || !DateWords.EnglishUnits.TryGetValue(r.W(from + 1), out var unit))
        {
            return -1;
        }
        var last = from + 1;
        if (from == i + 1)
        {
            if (r.IsPunct(last + 1, '\'') || r.IsPunct(last + 1, '’'))
            {
                last = r.W(last + 2) == "time" ? last + 2 : last;
            }
            else if (r.W(last + 1) is "of" or "after" or "since" or "before" || r.W(i - 1) is "once" or "twice" or "times")
            {
                return -1; // "in two years of war", "twice in three days"
            }
        }
        else if (!(r.W(from + 2) == "from" && r.W(from + 3) == "now"))
        {
            return -1;
        }
        else
        {
            last = from + 3;
        }
        output.Add(new DateExpression(i, last, new AheadSpec(unit, count)));
        return last;
    }
}
