using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>What follows a number: time units (not figures), the percent sign, the currency, the counted noun, the rate and a trailing hedge.</summary>
internal sealed partial class FigureScanner
{
    private bool ReadRight(FigureReading r, out int end)
    {
        var b = r.Number.Last;
        var pos = b + 1;
        end = b;
        // "2nd", "21st", "7th": ordinals.
        var ordinal = t.IsNumber(b) && t.Glued(b, pos) && t.Norm(pos) is "st" or "nd" or "rd" or "th";
        var fraction = StopWords.IsFraction(t.Norm(pos)) || (t.IsPunct(pos, '-') && t.Glued(b, pos) && StopWords.IsFraction(t.Norm(pos + 1)));
        if (ordinal || fraction || IsClockAfter(b, pos) || TimeWords.IsMonth(t, pos) || IsCodeSuffix(b, pos))
        {
            end = t.IsNumber(pos + 1) ? pos + 1 : b;
            return false;
        }
        var unitAt = pos;
        if (t.Norm(pos) == "of" && (r.Number.Vague || r.Number.HasScale))
        {
            unitAt = t.Norm(pos + 1) == "the" ? pos + 2 : pos + 1;
        }
        if (IsTimeUnit(unitAt, r) || (t.IsPunct(pos, '-') && t.Glued(b, pos) && TimeWords.IsTimeUnit(t.Norm(pos + 1))))
        {
            end = unitAt;
            return false;
        }
        var percent = PercentWords.Match(t, pos);
        if (t.IsPunct(pos, '°') && t.Glued(b, pos))
        {
            // "45°C", "45° F": degrees.
            r.Unit = new FigureUnit("degrees", "degrees", FigureCategory.Other, NounKind.Thing, UnitSource.Noun);
            r.Right = t.Norm(pos + 1) is "c" or "f" && t.Glued(pos, pos + 1) ? pos + 1 : pos;
        }
        else if (percent > 0)
        {
            r.Unit = FigureUnit.Percent;
            r.Right = pos + percent - 1;
        }
        else if (PercentWords.IsSignBefore(t, r.Number.First))
        {
            r.Unit = FigureUnit.Percent;
            r.Left = Math.Min(r.Left, r.Number.First - 1);
        }
        else if (Currencies.TryAfter(t, unitAt, allowArticle: r.Number.Vague, out var currency) && !OunceNotOuguiya(currency))
        {
            r.Currency = currency;
            r.Right = currency.Last;
        }
        else if (r.Currency is null && (t.IsNumber(b) || t.IsLatinWord(b)) && t.IsPunct(pos, '-') && t.Glued(b, pos) && t.Glued(pos, pos + 1)
            && CountedNouns.English.TryMatch(t, pos + 1, false, false, out var hyphenated))
        {
            r.Unit = FigureUnit.Of(hyphenated.Noun); // "45-degree heat", "a 10-km stretch", "the six-member council"
            r.Right = hyphenated.Last;
        }
        else if (r.Currency is null)
        {
            ReadNoun(r, unitAt);
            if (r.Duration)
            {
                return false;
            }
        }
        if (r.Currency is { } money)
        {
            r.Unit = FigureUnit.Money(money.Code ?? currencies.Resolve(money.Family, money.EnglishWord));
        }
        if (r.Definite && r.Unit is null && !DefiniteWithNounBefore(r))
        {
            return false; // "الذكرى الـ70": an ordinal
        }
        ReadRate(r);
        if (Hedges.TryAfter(t, r.Right + 1, out var hedgeLast, out var bound))
        {
            r.Bound = bound == FigureBound.Exact ? r.Bound : bound;
            r.Right = hedgeLast;
        }
        var named = r.Unit is { IsNamed: true };
        if (t.IsNumber(r.Number.First) && r.Number.First == r.Number.Last && !r.Number.HasScale && DateParts.IsYear(t, r.Number.First))
        {
            var cue = t.Norm(r.Previous);
            var isMoney = named && r.Unit!.Category == FigureCategory.Money;
            // "بين عامي 2015 و2019", "2014-2015".
            if (!named && cue is "و" or "-" or "–" or "الي" or "to" or "and" or "او" or "or" && DateParts.IsYear(t, r.Previous - 1))
            {
                return false;
            }
            if ((TimeWords.IsStrongYearCue(cue) && !isMoney) || (TimeWords.IsYearCue(cue) && !named))
            {
                return false;
            }
            // "the 2018 vote", "its 2016 budget": a year used as an adjective.
            if (named && !isMoney && t.IsLatinWord(r.Right) && (cue is "the" or "its" or "their" or "his" or "her" or "a" || r.NounForm == NounForm.Singular))
            {
                return false;
            }
            r.YearLike = !named;
        }
        if (r.Per is null && r.Unit?.Category != FigureCategory.Percent && RateWords.TryBefore(t, r.Left, lastEnd + 1, out var period))
        {
            r.Per = period;
        }
        return true;
    }

    // "777X", "5G", "4K": capitals glued after the digits that are no scale, unit or currency make a code.
    private bool IsCodeSuffix(int b, int pos) =>
        t.IsNumber(b) && t.Glued(b, pos) && t.IsAllUpper(pos) && !t.Glued(pos, pos + 1)
        && EnglishNumberWords.AbbreviatedScale(t.Norm(pos), glued: true) == 0
        && !CountedNouns.English.TryMatch(t, pos, false, false, out _) && !Currencies.TryAfter(t, pos, false, out _);

    // Arabic "أوقية" is an ounce of gold unless the story is Mauritanian.
    private bool OunceNotOuguiya(CurrencyMatch currency) =>
        currency is { Family: CurrencyFamily.Ouguiya, Code: null } && t.IsArabicWord(currency.First) && !currencies.IsAbout("MR");

    private bool IsClockAfter(int b, int pos)
    {
        if (!t.IsNumber(b))
        {
            return false;
        }
        if (t.IsPunct(pos, ':') && t.Glued(b, pos) && t.IsNumber(pos + 1) && t.Glued(pos, pos + 1))
        {
            return true; // "10:30"
        }
        if (t.Norm(pos) is "a" or "p" && t.IsPunct(pos + 1, '.') && t.Norm(pos + 2) == "m")
        {
            return true; // "3 p.m."
        }
        return t.IsWord(pos) && TimeWords.IsClockAfter(t.Norm(pos)) && (t.Norm(pos) != "h" || t.Glued(b, pos));
    }

    // "خمس سنوات", "45 عاما", "for five years", "لعشرات السنين": a span of time or an age.
    private bool IsTimeUnit(int pos, FigureReading r)
    {
        if (!t.IsWord(pos))
        {
            return false;
        }
        var norm = t.Norm(pos);
        if (TimeWords.IsTimeUnit(norm))
        {
            return true;
        }
        return r.Number.Vague && norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) && TimeWords.IsTimeUnit(norm[2..]);
    }

    private void ReadRate(FigureReading r)
    {
        var restated = false;
        for (int j = r.Right + 1, between = 0; t.In(j) && between <= 4; j++, between++)
        {
            // "50 billion yuan ($7.2 billion) a year": the rate follows the restatement in parentheses, for both; the
            // figure's text stops before the parentheses so the restatement is read on its own.
            if (t.IsPunct(j, '(') && Restatement(j) is > 0 and var close)
            {
                j = close;
                restated = true;
                continue;
            }
            if (t.IsPunct(j, ')') && t.IsPunct(r.Left - 1, '('))
            {
                continue;
            }
            if (RateWords.TryMatch(t, j, out var period, out var last))
            {
                r.Per = period;
                r.Right = restated ? r.Right : last;
                if (r.Unit is null && t.Norm(j) is "bpd" or "b")
                {
                    r.Unit = new FigureUnit("barrels", "barrels", FigureCategory.Other, NounKind.Thing, UnitSource.Noun);
                }
                return;
            }
            if (t.IsPunct(j) || t.IsNumber(j) || IsRateBarrier(j))
            {
                return;
            }
        }
    }

    // The closing parenthesis of a short group holding a number, or -1.
    private int Restatement(int open)
    {
        var number = false;
        for (var k = open + 1; k <= open + 8 && t.In(k); k++)
        {
            if (t.IsPunct(k, ')'))
            {
                return number ? k : -1;
            }
            number |= t.IsNumber(k);
        }
        return -1;
    }

    private bool IsRateBarrier(int j)
    {
        var norm = t.Norm(j);
        return norm is "و" or "and" or "or" or "او" or "but" or "لكن" or "بينما" or "فيما" or "while" or "whereas" or "compared" or "مقارنه"
                or "مقابل" or "than" or "versus" or "بعد" or "قبل" or "منذ" or "since" or "after" or "before" or "ago"
            || (t.IsArabicWord(j) && norm.Length >= 4 && norm[0] == 'و')
            || reader.MayStart(j) && !t.IsLatinWord(j);
    }
}
