namespace Dashboard.Core.Figures;

/// <summary>Vague magnitudes: "عشرات", "مئات الآلاف", "بضعة آلاف", "dozens", "tens of thousands", "several hundred".</summary>
internal sealed partial class NumberReader
{
    private bool TryReadVague(int i, out NumberPhrase phrase)
    {
        phrase = default;
        if (t.IsArabicWord(i))
        {
            if (!IsArabicVague(i, out var value, out var last))
            {
                return false;
            }
            phrase = new NumberPhrase(i, last, value, Vague: true, value, Words: true);
            return true;
        }
        if (!t.IsLatinWord(i) || !EnglishNumberWords.TryGet(t.Norm(i), out var w))
        {
            return false;
        }
        switch (w.Kind)
        {
            case NumberWordKind.Vague or NumberWordKind.ScalePlural:
                if (t.Norm(i + 1) == "of" && EnglishNumberWords.TryGet(t.Norm(i + 2), out var of) && of.Kind == NumberWordKind.ScalePlural)
                {
                    phrase = new NumberPhrase(i, i + 2, w.Value * of.Value, true, w.Value * of.Value, true);
                    return true;
                }
                if (t.Norm(i) == "tens")
                {
                    return false;
                }
                phrase = new NumberPhrase(i, i, w.Value, true, w.Value, true);
                return true;
            case NumberWordKind.Few:
                if (EnglishNumberWords.TryGet(t.Norm(i + 1), out var scale) && scale.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
                {
                    var value = scale.Kind == NumberWordKind.Dozen ? 12 : scale.Value;
                    var last = i + 1;
                    // "several hundred million", "a few thousand million".
                    if (EnglishNumberWords.TryGet(t.Norm(last + 1), out var more) && more.Kind == NumberWordKind.Scale && more.Value > value)
                    {
                        value *= more.Value;
                        last++;
                    }
                    phrase = new NumberPhrase(i, last, value, true, value, true);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    // "عشرات", "مئات الآلاف", "وآلاف", "بضعة آلاف", "الآلاف": a vague amount and the token it ends on.
    private bool IsArabicVague(int i, out double value, out int last)
    {
        value = 0;
        last = i;
        var lookup = VagueLookup;
        if (!ArabicClitics.TryLookup(lookup, t.Norm(i), particles: true, article: true, out var w, out _))
        {
            return false;
        }
        if (w.Kind == NumberWordKind.Few)
        {
            if (!ArabicNumberWords.TryGetExact(t.Norm(i + 1), out var after) || after.Kind is not (NumberWordKind.Vague or NumberWordKind.ScalePlural))
            {
                return false;
            }
            w = after;
            last = i + 1;
        }
        value = w.Value;
        if (w.Kind == NumberWordKind.Vague)
        {
            var next = t.Norm(last + 1);
            var times = ArabicNumberWords.DefinitePluralScale(next);
            if (times == 0 && ArabicNumberWords.TryGetExact(next, out var plural) && plural.Kind == NumberWordKind.ScalePlural)
            {
                times = plural.Value;
            }
            if (times > 0)
            {
                value *= times;
                last++;
            }
        }
        return true;
    }

    private static readonly Dictionary<string, NumberWord> VagueWords = new(StringComparer.Ordinal)
    {
        ["عشرات"] = new(NumberWordKind.Vague, 10),
        ["مئات"] = new(NumberWordKind.Vague, 100),
        ["الاف"] = new(NumberWordKind.ScalePlural, 1e3),
        ["الوف"] = new(NumberWordKind.ScalePlural, 1e3),
        ["ملايين"] = new(NumberWordKind.ScalePlural, 1e6),
        ["مليارات"] = new(NumberWordKind.ScalePlural, 1e9),
        ["بلايين"] = new(NumberWordKind.ScalePlural, 1e9),
        ["ملايير"] = new(NumberWordKind.ScalePlural, 1e9),
        ["بضع"] = new(NumberWordKind.Few, 3),
        ["بضعه"] = new(NumberWordKind.Few, 3),
    };

    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> VagueLookup =
        VagueWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
