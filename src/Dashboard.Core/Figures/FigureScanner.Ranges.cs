using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>Ranges: "بين 30 و47 في المئة", "200-300 people", "من 33 إلى 21 نائباً", "3 من أصل 11 مقعداً", "73 of the 329 seats".</summary>
internal sealed partial class FigureScanner
{
    private static readonly HashSet<string> RangeJoiners = new[]
    {
        "إلى", "حتى", "أو", "و", "to", "or", "and", "-", "–", "—", "through", "until",
    }.Select(w => Dashboard.Core.Text.TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // "بين 30 و47 في المئة", "200-300 people", "من 33 إلى 21 نائباً", "3 من أصل 11 مقعداً": the first end takes the unit of the second.
    private bool TryRange(FigureReading first, out FigureReading second, out int end)
    {
        second = null!;
        end = first.Number.Last;
        // "بنزين 92 إلى 12.5 جنيه": a grade or code is no end of a range.
        if (first.YearLike || IsNameOrCode(first))
        {
            return false;
        }
        var c = first.Number.Last + 1;
        int start;
        var norm = t.Norm(c);
        if ((norm == "من" && t.Norm(c + 1) == "اصل") || (norm == "out" && t.Norm(c + 1) == "of"))
        {
            start = c + 2;
        }
        else if (norm == "of" && t.IsNumber(first.Number.First))
        {
            start = t.Norm(c + 1) is "the" or "its" or "their" or "his" or "her" or "our" ? c + 2 : c + 1; // "73 of the 329 seats"
        }
        else if (RangeJoiners.Contains(norm))
        {
            start = c + 1;
        }
        else if (t.IsArabicWord(c) && norm.Length > 2 && norm[0] == 'و' && reader.MayStart(c))
        {
            start = c;
        }
        else
        {
            return false;
        }
        if (!reader.MayStart(start) || !reader.TryRead(start, out var number))
        {
            return false;
        }
        var reading = Analyze(number, out var secondEnd);
        if (reading is not null && reading.Unit is null && first.Unit is not null && first.Currency is not null)
        {
            reading.Unit = first.Unit;
            reading.Currency = first.Currency;
        }
        if (reading?.Unit is null || reading.Unit.Source == UnitSource.Unknown && reading.YearLike)
        {
            return false;
        }
        // The two ends of a range are of one order ("بنزين 80 إلى 2.35 جنيه" is a grade, then a price).
        var scaled = !first.Number.HasScale && reading.Number.HasScale ? first.Value * reading.Number.Scale : first.Value;
        if (scaled > reading.Value * 10 || (!reading.Number.HasScale && scaled * 1000 < reading.Value))
        {
            return false;
        }
        first.Unit = reading.Unit;
        first.Per ??= reading.Per;
        first.Currency = reading.Currency;
        // "between 2 and 3 million", "من 2 إلى 3 ملايين": the scale belongs to both ends.
        if (!first.Number.HasScale && reading.Number.HasScale && first.Value < 1000 && first.Value * reading.Number.Scale <= reading.Value * 10)
        {
            first.Value *= reading.Number.Scale;
        }
        if (first.Bound == FigureBound.Exact && t.Norm(first.Left - 1) is "بين" or "between" or "from" or "من")
        {
            first.Left--;
            if (t.Norm(first.Left - 1) == "ما")
            {
                first.Left--;
            }
        }
        second = reading;
        end = reading.Right;
        return true;
    }
}
