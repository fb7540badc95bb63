namespace Dashboard.Core.Figures;

/// <summary>Arabic number words below a thousand: units, teens, tens and hundreds joined by و ("مئة وخمسة وعشرون", "ثلاث مئة").</summary>
internal sealed partial class NumberReader
{
    private bool TryArabicGroup(int start, bool first, bool stripWaw, out Group group)
    {
        group = default;
        var norm = t.Norm(start);
        NumberWord w;
        if (stripWaw)
        {
            if (!ArabicNumberWords.TryGetExact(norm[1..], out w))
            {
                return false;
            }
        }
        else if (!(first ? ArabicNumberWords.TryGet(norm, particles: true, out w, out _) : ArabicNumberWords.TryGetExact(norm, out w)))
        {
            return false;
        }
        switch (w.Kind)
        {
            case NumberWordKind.Hundred:
                group = ArabicRemainder(start, w.Value);
                return true;
            case NumberWordKind.Unit:
                if (w.Value < 10 && ArabicNumberWords.IsTeenTail(t.Norm(start + 1)))
                {
                    group = new Group(start + 1, 10 + w.Value, 1, false, false);
                    return true;
                }
                if (w.TeenOnly)
                {
                    return false;
                }
                if (w.Value is >= 3 and <= 9 && ArabicNumberWords.IsHundredWord(t.Norm(start + 1)))
                {
                    group = ArabicRemainder(start + 1, w.Value * 100);
                    return true;
                }
                if (TryArabicFractionOfScale(start + 1, w.Value, out group))
                {
                    return true;
                }
                var value = w.Value;
                var last = start;
                if (TryArabicWaw(last + 1, out var tenAt) && ArabicNumberWords.TryGetExact(WithoutWaw(tenAt), out var ten) && ten.Kind == NumberWordKind.Ten)
                {
                    value += ten.Value;
                    last = tenAt;
                }
                group = new Group(last, value, 1, false, false);
                return true;
            case NumberWordKind.Ten:
                group = new Group(start, w.Value, 1, false, false);
                return true;
            case NumberWordKind.Scale:
                // Standing alone before its noun, "ألفا"/"مليونا" is the dual in construct ("ألفا عامل" = 2,000 workers).
                var dualConstruct = first && norm[^1] == 'ا' && !stripWaw && t.IsWord(start + 1) && !t.Norm(start + 1).StartsWith('و') && t.Norm(start + 1).Length > 0;
                group = new Group(start, dualConstruct ? 2 : 1, w.Value, false, false);
                return true;
            case NumberWordKind.ScaleDual:
                group = new Group(start, 2, w.Value, false, false);
                return true;
            case NumberWordKind.Fraction:
                if (ArabicNumberWords.TryGetExact(t.Norm(start + 1), out var scale) && scale.Kind == NumberWordKind.Scale)
                {
                    group = new Group(start + 1, w.Value, scale.Value, false, true);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    // What may follow a hundred: "و" + a unit, a teen, a unit and a ten, or a ten ("مئة وخمسة وعشرون").
    private Group ArabicRemainder(int last, double value)
    {
        if (!TryArabicWaw(last + 1, out var at) || !ArabicNumberWords.TryGetExact(WithoutWaw(at), out var w) || w.TeenOnly && !ArabicNumberWords.IsTeenTail(t.Norm(at + 1)))
        {
            return new Group(last, value, 1, false, false);
        }
        if (w.Kind == NumberWordKind.Ten)
        {
            return new Group(at, value + w.Value, 1, false, false);
        }
        if (w.Kind != NumberWordKind.Unit)
        {
            return new Group(last, value, 1, false, false);
        }
        if (w.Value < 10 && ArabicNumberWords.IsTeenTail(t.Norm(at + 1)))
        {
            return new Group(at + 1, value + 10 + w.Value, 1, false, false);
        }
        value += w.Value;
        last = at;
        if (TryArabicWaw(last + 1, out var tenAt) && ArabicNumberWords.TryGetExact(WithoutWaw(tenAt), out var ten) && ten.Kind == NumberWordKind.Ten)
        {
            value += ten.Value;
            last = tenAt;
        }
        return new Group(last, value, 1, false, false);
    }

    // "وخمسون" (glued) or "و خمسون": the token index of the word after و.
    private bool TryArabicWaw(int pos, out int at)
    {
        at = pos;
        var norm = t.Norm(pos);
        if (!t.IsArabicWord(pos))
        {
            return false;
        }
        if (norm == "و")
        {
            at = pos + 1;
            return t.IsArabicWord(at);
        }
        return norm.Length > 2 && norm[0] == 'و';
    }

    private string WithoutWaw(int at)
    {
        var norm = t.Norm(at);
        return t.IsArabicWord(at - 1) && t.Norm(at - 1) == "و" ? norm : norm.Length > 1 && norm[0] == 'و' ? norm[1..] : norm;
    }
}
