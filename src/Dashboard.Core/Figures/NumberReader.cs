using System.Globalization;

namespace Dashboard.Core.Figures;

/// <summary>
/// Reads one number starting at a token: digits ("1,500", "٣٫٥", "1 500"), digits with scale words ("5.8 مليارات",
/// "$5.8bn", "2m"), Arabic and English number words ("ثلاثة آلاف وخمسمئة", "two hundred and fifty thousand"),
/// compounds joined by و in falling order ("3 ملايين و746 ألف", "82 ألفاً و900") and vague magnitudes ("عشرات
/// الآلاف", "tens of thousands"). Each call looks at a bounded number of tokens.
/// </summary>
internal sealed partial class NumberReader(SentenceTokens tokens)
{
    private readonly SentenceTokens t = tokens;

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
        // "4,1 ملايين" is 4,100,000, not 4,099,999.9999999995.
        phrase = new NumberPhrase(i, last, maxScale > 1 ? Math.Round(total, 6) : total, Vague: false, maxScale, words);
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
        // "1 500 000": thousands grouped by spaces, as French-influenced and some Arabic papers print them (never in an
        // article that groups with commas).
        var lead = DigitNumbers.PlainDigits(t.Norm(start));
        if (lead is >= 1 and <= 3 && t.Norm(start)[0] != '0' && !t.CommaGrouped)
        {
            var digits = new System.Text.StringBuilder(t.Norm(start));
            while (t.IsNumber(last + 1) && DigitNumbers.PlainDigits(t.Norm(last + 1)) == 3 && IsThinGap(last, last + 1) && digits.Length < 15
                && !IsModelTail(last + 1))
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

    // "55 777-9s", "20 737 MAX jets": three digits glued to a letter or hyphen, or before a capitalised code, name a model.
    private bool IsModelTail(int k) =>
        (t.Glued(k, k + 1) && (t.IsAllUpper(k + 1) || t.IsPunct(k + 1, '-'))) || (t.IsAllUpper(k + 1) && t.Norm(k + 1).Length >= 2);

    private bool IsThinGap(int left, int right)
    {
        var gap = t.Between(left, right);
        return gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F' or '\u2009';
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

}
