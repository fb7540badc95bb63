using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>
/// Rates a figure takes from the figures around it: the other side of a comparison, and a parallel figure of the same
/// unit in the same frame in the sentence before.
/// </summary>
internal sealed partial class FigureScanner
{
    // The last figure of each non-money unit (its rate, if any), for a parallel figure of the next sentence.
    private readonly Dictionary<string, (RatePeriod? Per, double Value, int Sentence, string[] Frame)> rates = new(StringComparer.Ordinal);

    // "خفض إنتاجه بمقدار 500 ألف برميل يوميا. كما أعلن العراق خفضا بمقدار 211 ألف برميل": a figure in the same frame
    // ("بمقدار", "cut") as the last one of its unit, which was a rate, of the same order, in the same or the next sentence
    // and not dated on its own, runs at the same rate. A total in between ("109 ملايين برميل") ends the run; money is left
    // alone (a cost and a daily cost stand side by side).
    private void InheritRate(FigureReading r)
    {
        var sentence = text.SentenceOf(r.Number.First);
        // "4500 جنيه شهريا، مقابل 3000 جنيه العام الماضي", "$5 a day, up from $3": the other side of a comparison, money too.
        if (r.Per is null && r.Unit is { } compared && found.Count > 0 && found[^1] is { Per: { } before } previous
            && previous.Sentence == sentence && previous.Unit == compared.Unit && IsComparison(r.Left - 1))
        {
            r.Per = before;
        }
        if (r.Unit is not { IsNamed: true } unit || unit.Category is FigureCategory.Money or FigureCategory.Percent)
        {
            return;
        }
        var frame = Frame(r.Left);
        if (r.Per is null && rates.TryGetValue(unit.Unit, out var rate) && rate.Per is { } per && sentence - rate.Sentence <= 1
            && r.Value > 0 && Math.Max(r.Value, rate.Value) <= 10 * Math.Min(r.Value, rate.Value) && !DatedNearby(r)
            && frame.Any(w => rate.Frame.Contains(w, StringComparer.Ordinal)))
        {
            r.Per = per;
        }
        rates[unit.Unit] = (r.Per, r.Value, sentence, frame);
    }

    // The content words just before a figure, without a leading و.
    private string[] Frame(int left)
    {
        var words = new List<string>(3);
        for (var k = left - 1; k >= left - 3 && t.In(k); k--)
        {
            var norm = t.Norm(k);
            if (t.IsWord(k) && norm.Length > 2 && !StopWords.IsArabicStop(norm) && !StopWords.IsEnglishStop(norm))
            {
                words.Add(t.IsArabicWord(k) && norm[0] == 'و' ? norm[1..] : norm);
            }
        }
        return words.ToArray();
    }

    private bool IsComparison(int k)
    {
        if (t.IsPunct(k, ',') || t.IsPunct(k, '،'))
        {
            k--;
        }
        return t.Norm(k) is "مقابل" or "مقارنه" or "versus" or "vs" or "from" or "against" or "compared"
            || (t.Norm(k) is "with" or "to" && t.Norm(k - 1) == "compared");
    }

    private bool DatedNearby(FigureReading r)
    {
        for (var k = r.Left - 3; k <= r.Right + 4; k++)
        {
            if (t.In(k) && datePart[k])
            {
                return true;
            }
        }
        return false;
    }
}
