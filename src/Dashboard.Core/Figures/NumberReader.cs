using System.Globalization;

namespace Dashboard.Core.Figures;

/// <summary>
/// Reads one number starting at a token: digits ("1,500", "٣٫٥", "1 500"), digits with scale words ("5.8 مليارات",
/// "$5.8bn", "2m"), Arabic and English number words ("ثلاثة آلاف وخمسمئة", "two hundred and fifty thousand"),
/// compounds joined by و in falling order ("3 ملايين و746 ألف", "82 ألفاً و900") and vague magnitudes ("عشرات
/// الآلاف", "tens of thousands"). Each call looks at a bounded number of tokens.
/// </summary>
internal sealed class NumberReader(SentenceTokens t)
{
    private readonly record struct Group(int Last, double Value, double Scale, bool Digits, bool Decimal);

    /// <summary>True when a number may start at token <paramref name="i"/> (a cheap test before <see cref="TryRead"/>).</summary>
    public bool MayStart(int i)
    {
        if (t.IsNumber(i))
        {
            return true;
        }
        if (t.IsArabicWord(i))
        {
            return ArabicNumberWords.TryGet(t.Norm(i), particles: true, out _, out _) || IsArabicVague(i, out _, out _);
        }
        return t.IsLatinWord(i) && EnglishNumberWords.TryGet(t.Norm(i), out _);
    }

    public bool TryRead(int i, out NumberPhrase phrase)
    {
        if (TryReadVague(i, out phrase))
        {
            return true;
        }
        double total = 0, lastScale = double.PositiveInfinity, maxScale = 1;
        var last = -1;
        var words = true;
        var groups = 0;
        var pos = i;
        while (true)
        {
            int start;
            var stripWaw = false;
            if (groups == 0)
            {
                start = pos;
            }
            else if (!TryJoin(pos, words, out start, out stripWaw))
            {
                break;
            }
            if (!TryGroup(start, groups == 0, stripWaw, out var g))
            {
                break;
            }
            var scale = g.Scale;
            var end = g.Last;
            if (scale == 1 && TryScaleAfter(end + 1, g, out var s, out var sEnd))
            {
                scale = s;
                end = sEnd;
            }
            var value = g.Value * scale;
            if (groups > 0)
            {
                // A later group must be smaller than the scale before it; a bare remainder only follows thousands.
                var fits = scale > 1
                    ? scale < lastScale && value < lastScale
                    : lastScale == 1e3 && g.Value < 1000 && !g.Decimal && !PercentFollows(end + 1);
                if (!fits)
                {
                    break;
                }
            }
            words &= !g.Digits;
            total += value;
            last = end;
            groups++;
            maxScale = Math.Max(maxScale, scale);
            lastScale = scale;
            if (scale > 1 && TryHalfAfter(last + 1, out var halfEnd))
            {
                total += scale / 2;
                last = halfEnd;
            }
            if (scale == 1)
            {
                break;
            }
            pos = last + 1;
        }
        if (groups == 0)
        {
            phrase = default;
            return false;
        }
        phrase = new NumberPhrase(i, last, total, Vague: false, maxScale, words);
        return true;
    }

    private bool PercentFollows(int pos) => PercentWords.Match(t, pos) > 0;

    // The connector between two groups of one number: "و" alone or glued, or for English words "and" or nothing.
    private bool TryJoin(int pos, bool wordsSoFar, out int start, out bool stripWaw)
    {
        start = pos;
        stripWaw = false;
        var norm = t.Norm(pos);
        if (t.IsArabicWord(pos))
        {
            if (norm == "و")
            {
                start = pos + 1;
                return t.IsNumber(start) || t.IsArabicWord(start);
            }
            if (norm.Length > 2 && norm[0] == 'و')
            {
                stripWaw = true;
                return true;
            }
            return false;
        }
        if (!wordsSoFar || !t.IsLatinWord(pos))
        {
            return false;
        }
        if (norm == "and")
        {
            start = pos + 1;
        }
        return EnglishNumberWords.TryGet(t.Norm(start), out var w) && w.Kind is NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Article;
    }

    private bool TryGroup(int start, bool first, bool stripWaw, out Group group)
    {
        group = default;
        if (t.IsNumber(start))
        {
            return TryDigits(start, out group);
        }
        if (t.IsArabicWord(start))
        {
            return TryArabicGroup(start, first, stripWaw, out group);
        }
        return t.IsLatinWord(start) && TryEnglishGroup(start, out group);
    }

    private bool TryDigits(int start, out Group group)
    {
        group = default;
        if (!DigitNumbers.TryParse(t.Norm(start), out var value, out var integer))
        {
            return false;
        }
        var last = start;
        // "1 500 000": thousands grouped by spaces, as French-influenced and some Arabic papers print them.
        var lead = DigitNumbers.PlainDigits(t.Norm(start));
        if (lead is >= 1 and <= 3 && t.Norm(start)[0] != '0')
        {
            var digits = new System.Text.StringBuilder(t.Norm(start));
            while (t.IsNumber(last + 1) && DigitNumbers.PlainDigits(t.Norm(last + 1)) == 3 && IsThinGap(last, last + 1) && digits.Length < 15)
            {
                digits.Append(t.Norm(last + 1));
                last++;
            }
            if (last > start)
            {
                value = double.Parse(digits.ToString(), CultureInfo.InvariantCulture);
            }
        }
        group = new Group(last, value, 1, Digits: true, Decimal: !integer);
        return true;
    }

    private bool IsThinGap(int left, int right)
    {
        var gap = t.Between(left, right);
        return gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F' or '\u2009';
    }

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
                var dualConstruct = first && norm[^1] == 'ا' && !stripWaw && t.IsWord(start + 1) && t.Norm(start + 1)[0] != 'و';
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

    private bool TryScaleAfter(int pos, Group g, out double scale, out int end)
    {
        scale = 0;
        end = pos;
        if (t.IsArabicWord(pos))
        {
            if (ArabicNumberWords.TryGetExact(t.Norm(pos), out var w) && w.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
            {
                scale = w.Value;
                // "241 ألف مليار": a thousand billion.
                if (ArabicNumberWords.TryGetExact(t.Norm(pos + 1), out var more) && more.Kind == NumberWordKind.Scale && more.Value > scale)
                {
                    scale *= more.Value;
                    end = pos + 1;
                }
                return true;
            }
            return false;
        }
        if (!t.IsLatinWord(pos))
        {
            return false;
        }
        var norm = t.Norm(pos);
        if (EnglishNumberWords.TryGet(norm, out var e) && e.Kind is NumberWordKind.Scale or NumberWordKind.Dozen)
        {
            scale = e.Kind == NumberWordKind.Dozen ? 12 : e.Value;
            return true;
        }
        if (!g.Digits)
        {
            return false;
        }
        var glued = t.Glued(g.Last, pos);
        scale = EnglishNumberWords.AbbreviatedScale(norm, glued);
        // "a 400m race", "100m high": metres, not millions.
        if (norm == "m" && t.Norm(pos + 1) is "long" or "high" or "deep" or "wide" or "tall" or "away" or "above" or "below" or "race" or "metres" or "meters")
        {
            return false;
        }
        return scale > 0;
    }

    // "مليون ونصف", "تريليون ونصف التريليون", "a million and a half".
    private bool TryHalfAfter(int pos, out int end)
    {
        end = pos;
        if (t.Norm(pos) == "ونصف")
        {
            end = pos;
        }
        else if (t.Norm(pos) == "و" && t.Norm(pos + 1) == "نصف")
        {
            end = pos + 1;
        }
        else if (t.Norm(pos) == "and" && t.Norm(pos + 1) == "a" && t.Norm(pos + 2) == "half")
        {
            end = pos + 2;
            return true;
        }
        else
        {
            return false;
        }
        // "تريليون ونصف التريليون", "مليون ونصف مليون": the scale may be repeated after the half.
        if (ArabicNumberWords.DefiniteScale(t.Norm(end + 1)) > 0
            || (ArabicNumberWords.TryGetExact(t.Norm(end + 1), out var repeated) && repeated.Kind == NumberWordKind.Scale))
        {
            end++;
        }
        return true;
    }

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
        ["بضع"] = new(NumberWordKind.Few, 3),
        ["بضعه"] = new(NumberWordKind.Few, 3),
    };

    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> VagueLookup =
        VagueWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
