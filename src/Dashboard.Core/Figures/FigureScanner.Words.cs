using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>Figures written without a number word of their own: an indefinite dual ("جنديين", "دولتين") and a noun with "واحد" ("شخص واحد").</summary>
internal sealed partial class FigureScanner
{
    private bool TryWordFigure(int i, out int last)
    {
        last = i;
        var norm = t.Norm(i);
        var next = t.Norm(i + 1);
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
        var number = new NumberPhrase(i, last, value, Vague: false, Scale: 1, Words: true);
        var reading = new FigureReading(number) { Unit = FigureUnit.Of(match.Noun), Previous = i - 1 };
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
