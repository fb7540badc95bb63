using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>
/// Figures written around a noun: an indefinite dual ("جنديين", "دولتين", "منطقتين", "بطانيتين"), a noun with "واحد"
/// ("شخص واحد"), and a definite number word after a definite plural ("الدول الخمس", "الأطراف الثلاثة", "الملاعب الثمانية").
/// </summary>
internal sealed partial class FigureScanner
{
    private bool TryWordFigure(int i, out int last)
    {
        last = i;
        var norm = t.Norm(i);
        var next = t.Norm(i + 1);
        if (norm.StartsWith("ال", StringComparison.Ordinal) && next.StartsWith("ال", StringComparison.Ordinal) && TryDefiniteCount(i, out last))
        {
            return true;
        }
        // Only a dual ending or a following "واحد" can make a figure of a lone noun: skip the lexicon otherwise.
        var maybe = next is "واحد" or "واحده" or "واحدا" || norm.EndsWith("ين", StringComparison.Ordinal) || norm.EndsWith("ان", StringComparison.Ordinal);
        if (!maybe || !CountedNouns.Arabic.TryMatch(t, i, particles: true, article: false, out var match) || match.Last != i)
        {
            return false;
        }
        double value;
        // "مرة واحدة" is "at once", not a count of times.
        if (match.Form == NounForm.Singular && next is "واحد" or "واحده" or "واحدا" && t.Norm(i)[0] != 'ب' && match.Noun.Unit != "times")
        {
            value = 1;
            last = i + 1;
        }
        else if (match.Form == NounForm.Dual && !t.IsNumber(i - 1) && next != "ونصف" && !(next == "و" && t.Norm(i + 2) == "نصف"))
        {
            value = 2;
            last = next is "اثنين" or "اثنان" or "اثنتين" or "اثنتان" ? i + 1 : i;
        }
        else
        {
            return false;
        }
        return EmitWordFigure(i, last, value, match.Noun);
    }

    // "الدول الخمس", "الفصائل الثلاثة", "القطاعات الثلاثة": the number word agrees with the plural before it, both definite.
    private bool TryDefiniteCount(int i, out int last)
    {
        last = i;
        var word = t.Norm(i + 1)[2..];
        if (!ArabicNumberWords.TryGetExact(word, out var number) || number.Kind is not (NumberWordKind.Unit or NumberWordKind.Ten) || number.Value < 3 || number.TeenOnly)
        {
            return false;
        }
        CountedNoun noun;
        if (CountedNouns.Arabic.TryMatch(t, i, particles: true, article: true, out var match) && match.Last == i)
        {
            if (match.Form != NounForm.Plural)
            {
                return false;
            }
            noun = match.Noun;
        }
        else if (UnknownDefiniteNoun(i) is { } unknown)
        {
            noun = unknown;
        }
        else
        {
            return false;
        }
        last = i + 1;
        return EmitWordFigure(i, last, number.Value, noun);
    }

    // A definite noun the lexicon does not know, before a definite number word: it names what is counted
    // ("الملاعب الثمانية"), unless it is a span of time ("السنوات الخمس") or a function word.
    private CountedNoun? UnknownDefiniteNoun(int i)
    {
        var norm = t.Norm(i);
        var stem = norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm.Length > 3 && norm[0] is 'و' or 'ب' or 'ل' or 'ف' && norm.AsSpan(1).StartsWith("ال") ? norm[3..] : null;
        if (stem is null || stem.Length < 3 || TimeWords.IsTimeUnit(stem) || TimeWords.IsTimeUnit(norm) || StopWords.IsArabicStop(norm))
        {
            return null;
        }
        return new CountedNoun("items", t.Original(i), FigureCategory.Other, NounKind.Thing);
    }

    private bool EmitWordFigure(int i, int last, double value, CountedNoun noun)
    {
        var number = new NumberPhrase(i, last, value, Vague: false, Scale: 1, Words: true);
        var reading = new FigureReading(number) { Unit = FigureUnit.Of(noun), Previous = i - 1 };
        if (Hedges.TryBefore(t, i - 1, out var hedgeFirst, out var bound))
        {
            reading.Bound = bound;
            reading.Left = hedgeFirst;
        }
        ReadRate(reading);
        if (Hedges.TryAfter(t, reading.Right + 1, out var hedgeLast, out var after) && after != FigureBound.Exact)
        {
            reading.Bound = after; // "منطقتين على الأقل"
            reading.Right = hedgeLast;
        }
        Emit(reading);
        last = reading.Right;
        return true;
    }
}
