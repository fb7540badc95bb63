namespace Dashboard.Core.Figures;

/// <summary>
/// Fractions of a scale: "ثلاثة أرباع مليون" (750,000), "ثلث مليار", "three-quarters of a million", "a quarter of a
/// million", "two-thirds of a billion". A fraction of anything else ("ثلاثة أرباع السكان") is no number.
/// </summary>
internal sealed partial class NumberReader
{
    private static readonly Dictionary<string, double> ArabicPluralFractions = new(StringComparer.Ordinal)
    {
        ["ارباع"] = 4, ["اثلاث"] = 3, ["اخماس"] = 5, ["اسداس"] = 6, ["اثمان"] = 8, ["اعشار"] = 10,
    };

    private static readonly Dictionary<string, double> EnglishFractions = new(StringComparer.Ordinal)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fifth"] = 5, ["fifths"] = 5,
        ["tenth"] = 10, ["tenths"] = 10,
    };

    // "ثلاثة أرباع مليون": the numerator is read, the plural fraction at <paramref name="at"/>, then a scale.
    private bool TryArabicFractionOfScale(int at, double numerator, out Group group)
    {
        group = default;
        if (!ArabicPluralFractions.TryGetValue(t.Norm(at), out var denominator) || numerator >= denominator
            || !ArabicNumberWords.TryGetExact(t.Norm(at + 1), out var scale) || scale.Kind != NumberWordKind.Scale)
        {
            return false;
        }
        group = new Group(at + 1, numerator / denominator, scale.Value, false, true);
        return true;
    }

    // "three-quarters of a million", "a quarter of a million": the fraction word at <paramref name="at"/> (after a hyphen or
    // not), "of", an optional article, then a scale.
    private bool TryEnglishFractionOfScale(int at, double numerator, out Group group)
    {
        group = default;
        if (t.IsPunct(at, '-') && t.Glued(at - 1, at) && t.Glued(at, at + 1))
        {
            at++;
        }
        if (!EnglishFractions.TryGetValue(t.Norm(at), out var denominator) || numerator >= denominator || t.Norm(at + 1) != "of")
        {
            return false;
        }
        var scaleAt = t.Norm(at + 2) is "a" or "an" ? at + 3 : at + 2;
        if (!EnglishNumberWords.TryGet(t.Norm(scaleAt), out var scale) || scale.Kind != NumberWordKind.Scale)
        {
            return false;
        }
        group = new Group(scaleAt, numerator / denominator, scale.Value, false, true);
        return true;
    }
}
