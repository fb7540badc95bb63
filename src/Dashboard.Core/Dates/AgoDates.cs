namespace Dashboard.Core.Dates;

/// <summary>
/// Points reached by counting back from the publication date: "قبل خمسة أشهر", "منذ ثلاثة أيام", "قبل يومين",
/// "قبل عام", "two weeks ago", "a year ago". Not a point: "منذ خمس سنوات" (for five years: منذ with months or years is
/// read as a duration), a negated "لم ... منذ ثلاثة أيام", "قبل يومين من الانتخابات" (counted from another event),
/// and vague counts ("قبل أيام", "a few days ago").
/// </summary>
internal static class AgoDates
{
    private static readonly HashSet<string> Openers = new(["قبل", "منذ"], StringComparer.Ordinal);

    private static readonly HashSet<string> Negations = new(["لم", "لا", "ما", "مازال", "مازالت", "لازال", "يزال", "تزال", "ظل", "ظلت"], StringComparer.Ordinal);

    private const int NegationWindow = 8;

    public static int TryParse(DateReader r, int i, List<DateExpression> output)
    {
        return r.IsArabicWord(i) ? Arabic(r, i, output) : English(r, i, output);
    }

    private static int Arabic(DateReader r, int i, List<DateExpression> output)
    {
        if (!r.Is(i, Openers, out var trim, out var opener) || r.W(i - 1) == "ما")
        {
            return -1;
        }
        var p = r.Is(i + 1, DateWords.Hedges) ? i + 2 : i + 1;
        int count;
        DateUnit unit;
        if (DateWords.ArabicUnits.TryGetValue(r.W(p), out var alone))
        {
            // "قبل عام", "قبل يومين"; a plural needs its number ("قبل أيام" is vague), and "قبل عام 2014" is a year.
            // "قبل عقد الاجتماع" is "before holding the meeting".
            if (IsPlural(r.W(p)) || r.IsNumber(p + 1) || r.W(p + 1) is "ونصف" or "و"
                || (r.W(p) == "عقد" && r.W(p + 1).StartsWith("ال", StringComparison.Ordinal)))
            {
                return -1;
            }
            (unit, count) = alone;
        }
        else if (Count(r, p) is > 0 and var n && DateWords.ArabicUnits.TryGetValue(r.W(p + 1), out var counted) && counted.Count is 1 or 10)
        {
            (unit, count) = (counted.Unit, n * counted.Count);
            p++;
        }
        else
        {
            return -1;
        }
        if (CountedFromAnEvent(r, p))
        {
            return -1;
        }
        if (opener == "منذ" && (unit is DateUnit.Month or DateUnit.Year || Negated(r, i)))
        {
            return -1;
        }
        output.Add(new DateExpression(i, p, new OffsetSpec(unit, -count), trim));
        return p;
    }

    private static int English(DateReader r, int i, List<DateExpression> output)
    {
        var count = DateWords.EnglishNumbers.TryGetValue(r.W(i), out var word) ? word : r.Int(i, 3);
        if (count <= 0 || r.W(i + 2) != "ago")
        {
            return -1;
        }
        if (DateWords.EnglishDecades.TryGetValue(r.W(i + 1), out var years))
        {
            output.Add(new DateExpression(i, i + 2, new OffsetSpec(DateUnit.Year, -count * years)));
            return i + 2;
        }
        if (!DateWords.EnglishUnits.TryGetValue(r.W(i + 1), out var unit))
        {
            return -1;
        }
        output.Add(new DateExpression(i, i + 2, new OffsetSpec(unit, -count)));
        return i + 2;
    }

    // "قبل يومين من الانتخابات" counts from the elections; "قبل يومين من أن ..." is still two days ago.
    private static bool CountedFromAnEvent(DateReader r, int unit)
    {
        if (r.W(unit + 1) != "من")
        {
            return false;
        }
        var next = r.W(unit + 2);
        return next.StartsWith("ال", StringComparison.Ordinal) ? next is not ("الان" or "الزمن") : EventNouns.Contains(next);
    }

    private static readonly HashSet<string> EventNouns = new(
        ["موعد", "بدء", "بدايه", "انطلاق", "انتهاء", "نهايه", "اجراء", "وصول", "انعقاد", "اعلان", "وقوع", "اندلاع", "مقتل", "رحيل"],
        StringComparer.Ordinal);

    private static int Count(DateReader r, int p) =>
        DateWords.ArabicNumbers.TryGetValue(r.W(p), out var n) ? n : r.Int(p, 3);

    private static bool IsPlural(string unit) => unit is "ايام" or "اسابيع" or "اشهر" or "شهور" or "اعوام" or "سنوات" or "سنين" or "عقود";

    private static bool Negated(DateReader r, int i)
    {
        for (var k = i - 1; k >= r.Lo && k >= i - NegationWindow; k--)
        {
            if (r.Is(k, Negations))
            {
                return true;
            }
        }
        return false;
    }
}
