namespace Dashboard.Core.Figures;

/// <summary>English number words below a thousand ("two hundred and fifty", "twenty-five", "a dozen", "half a million").</summary>
internal sealed partial class NumberReader
{
    private bool TryEnglishGroup(int start, out Group group)
    {
        group = default;
        if (!EnglishNumberWords.TryGet(t.Norm(start), out var w))
        {
            return false;
        }
        EnglishNumberWords.TryGet(t.Norm(start + 1), out var next);
        switch (w.Kind)
        {
            case NumberWordKind.Article:
                if (TryEnglishFractionOfScale(start + 1, 1, out group))
                {
                    return true; // "a quarter of a million"
                }
                if (next.Kind == NumberWordKind.Hundred && t.IsLatinWord(start + 1))
                {
                    group = EnglishAfterHundred(start + 1, 100);
                    return true;
                }
                if (next.Kind is NumberWordKind.Scale or NumberWordKind.Dozen && t.IsLatinWord(start + 1))
                {
                    group = new Group(start + 1, next.Kind == NumberWordKind.Dozen ? 12 : 1, next.Kind == NumberWordKind.Dozen ? 1 : next.Value, false, false);
                    return true;
                }
                return false;
            case NumberWordKind.Fraction:
                if (t.Norm(start + 1) is "a" or "an" && EnglishNumberWords.TryGet(t.Norm(start + 2), out var scale) && scale.Kind == NumberWordKind.Scale)
                {
                    group = new Group(start + 2, w.Value, scale.Value, false, true);
                    return true;
                }
                return false;
            case NumberWordKind.Unit or NumberWordKind.Ten:
                var value = w.Value;
                var last = start;
                if (w.Kind == NumberWordKind.Ten && t.IsPunct(last + 1, '-') && t.Glued(last, last + 1) && t.Glued(last + 1, last + 2)
                    && EnglishNumberWords.TryGet(t.Norm(last + 2), out var unit) && unit.Kind == NumberWordKind.Unit && unit.Value < 10)
                {
                    value += unit.Value;
                    last += 2;
                }
                if (t.Norm(last + 1) == "hundred")
                {
                    group = EnglishAfterHundred(last + 1, value * 100);
                    return true;
                }
                if (w.Kind == NumberWordKind.Unit && TryEnglishFractionOfScale(last + 1, value, out group))
                {
                    return true; // "three-quarters of a million"
                }
                // "two and a half million"
                if (t.Norm(last + 1) == "and" && t.Norm(last + 2) == "a" && t.Norm(last + 3) == "half"
                    && EnglishNumberWords.TryGet(t.Norm(last + 4), out var sc) && sc.Kind == NumberWordKind.Scale)
                {
                    group = new Group(last + 3, value + 0.5, 1, false, true);
                    return true;
                }
                group = new Group(last, value, 1, false, false);
                return true;
            default:
                return false;
        }
    }

    private Group EnglishAfterHundred(int hundredAt, double value)
    {
        var last = hundredAt;
        var at = last + 1;
        if (t.Norm(at) == "and")
        {
            at++;
        }
        if (EnglishNumberWords.TryGet(t.Norm(at), out var w) && w.Kind is NumberWordKind.Unit or NumberWordKind.Ten && t.IsLatinWord(at))
        {
            value += w.Value;
            last = at;
            if (w.Kind == NumberWordKind.Ten && t.IsPunct(at + 1, '-') && t.Glued(at, at + 1) && t.Glued(at + 1, at + 2)
                && EnglishNumberWords.TryGet(t.Norm(at + 2), out var unit) && unit.Kind == NumberWordKind.Unit && unit.Value < 10)
            {
                value += unit.Value;
                last = at + 2;
            }
        }
        return new Group(last, value, 1, false, false);
    }
}
