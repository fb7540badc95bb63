using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>
/// Figures written around a noun: an indefinite dual ("جنديين", "دولتين"), a noun with "واحد" ("شخص واحد"), and a
/// definite number word after a definite plural ("الدول الخمس", "الأطراف الثلاثة").
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
        if (match.Form == NounForm.Singular && next is "واحد" or "واحده" or "واحدا" && t.Norm(i)[0] != 'ب')
        {
            value = 1;
            last = i + 1;
        }
        else if (match.Form == NounForm.Dual && (match.Noun.Kind != NounKind.Thing || match.Noun.Category is FigureCategory.Military or FigureCategory.Countries))
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

    // "الدول الخمس", "الفصائل الثلاثة": the number word agrees with the plural before it, both definite.
    private bool TryDefiniteCount(int i, out int last)
    {
        last = i;
        var word = t.Norm(i + 1)[2..];
        if (!ArabicNumberWords.TryGetExact(word, out var number) || number.Kind is not (NumberWordKind.Unit or NumberWordKind.Ten) || number.Value < 3 || number.TeenOnly)
        {
            return false;
        }
        if (!CountedNouns.Arabic.TryMatch(t, i, particles: true, article: true, out var match) || match.Last != i || match.Form != NounForm.Plural)
        {
            return false;
        }
        last = i + 1;
        return EmitWordFigure(i, last, number.Value, match.Noun);
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
        Emit(reading);
        last = reading.Right;
        return true;
    }
}
