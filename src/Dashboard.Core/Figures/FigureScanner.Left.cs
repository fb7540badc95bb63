namespace Dashboard.Core.Figures;

/// <summary>What stands before a number: glued particles, currency signs, hedges, and the words that make it a code, a time or an age.</summary>
internal sealed partial class FigureScanner
{
    private bool ReadLeft(FigureReading r)
    {
        var a = r.Number.First;
        var digits = t.IsNumber(a);
        var before = a - 1;
        if (digits && t.Glued(before, a))
        {
            var norm = t.Norm(before);
            if (t.IsArabicWord(before))
            {
                if (norm == "ال")
                {
                    r.Definite = true;
                }
                else if (ArabicClitics.IsParticle(norm))
                {
                    r.Continues |= norm[0] == 'و';
                }
                else
                {
                    return false; // "كوفيد19"
                }
                r.Left = before;
                before--;
            }
            else if (t.IsLatinWord(before) && !Currencies.TryBefore(t, before, out _))
            {
                return false; // "G20", "MH17", "A320" (but "Dh4.63", "SR440")
            }
            else if (norm is "-" or "–" or "/" && t.IsWord(before - 1) && t.Glued(before - 1, before))
            {
                return false; // "F-16", "Su-35", "كوفيد-19"
            }
            else if (norm is "+" or "#" or "№" || norm == "." && t.IsNumber(before - 1) && t.Glued(before - 1, before))
            {
                return false; // "+966", "#3", "1.2.3"
            }
        }
        // "المقاعد الـ 128": the article written apart from the number.
        if (digits && !r.Definite && t.IsArabicWord(before) && t.Norm(before) == "ال")
        {
            r.Definite = true;
            r.Left = before;
            before--;
        }
        if (!digits && t.IsArabicWord(a) && t.Norm(a).Length > 2 && t.Norm(a)[0] == 'و' && !ArabicNumberWords.TryGetExact(t.Norm(a), out _))
        {
            r.Continues = true; // "وأربعا"
        }
        if (t.Norm(before) is "و" or "،" or "," or "and")
        {
            r.Continues = true;
        }
        r.Previous = before;
        if (IsTimeOrAge(before) || IsListNumber(r) || IsPhoneNumber(r) || IsRatio(r))
        {
            return false;
        }
        if (Currencies.TryBefore(t, before, out var currency))
        {
            r.Currency = currency;
            r.Left = currency.First;
            before = currency.First - 1;
        }
        if (Hedges.TryBefore(t, before, out var hedgeFirst, out var bound))
        {
            r.Bound = bound;
            r.Left = hedgeFirst;
            if (TimeWords.IsAgeBefore(t.Norm(hedgeFirst - 1)))
            {
                return false; // "aged over 60", "عمره أقل من 18"
            }
        }
        // "لليلة واحدة", "اثنين": one and two written alone are not counts (the noun before them is read instead).
        // "اثنان من أبنائه", "اثنين آخرين" are counts: two of a counted noun, two more people.
        if (r.Number.Words && !r.Number.HasScale && r.Value <= 2 && t.IsArabicWord(a)
            && !(r.Value == 2 && t.Norm(r.Number.Last + 1) == "من" && PartitiveNoun(r.Number.Last + 2, out _))
            && !(r.Value == 2 && StopWords.IsOthers(t.Norm(r.Number.Last + 1))))
        {
            return false;
        }
        // "the one", "no one", "one of them": English "one" as a pronoun or article.
        if (r.Number.Words && r.Value == 1 && !r.Number.HasScale && t.IsLatinWord(a) && t.Norm(a) == "one"
            && (t.Norm(before) is "no" or "the" or "any" or "every" or "each" or "which" or "that" or "this" or "someone" or "at" || t.Norm(r.Number.Last + 1) is "of" or "another" or "-"))
        {
            return false;
        }
        return true;
    }

    // "الساعة 10", "aged 45", "عمره 45", "at the age of 45".
    private bool IsTimeOrAge(int previous)
    {
        var norm = t.Norm(previous);
        return TimeWords.IsClockBefore(norm)
            || TimeWords.IsAgeBefore(norm)
            || (norm is "of" or "من" && TimeWords.IsAgeBefore(t.Norm(previous - 1)))
            || (norm == "." && t.Norm(previous - 1) is "no" or "nos" or "art" or "vol" or "p" or "pp" or "sec" or "ch");
    }

    // "one in five", "1 in 10", "واحد من كل عشرة": a proportion, not a count.
    private bool IsRatio(FigureReading r)
    {
        if (r.Number.HasScale || r.Value > 1000 || r.Value != Math.Floor(r.Value))
        {
            return false;
        }
        var before = r.Previous;
        if (t.Norm(before) == "in" && (IsSmallCount(before - 1) || EnglishNumberWords.TryGet(t.Norm(before - 1), out _)))
        {
            return true;
        }
        if (t.Norm(before) == "كل" && t.Norm(before - 1) == "من")
        {
            return true;
        }
        // "1 in 10 lacks", but not "5 in 10 days" nor "$99bn in 2018".
        var after = r.Number.Last + 1;
        var denominator = after + 1;
        return r.Value <= 100 && t.Norm(after) == "in"
            && (IsSmallCount(denominator) || EnglishNumberWords.TryGet(t.Norm(denominator), out var w) && w.Kind is NumberWordKind.Unit or NumberWordKind.Ten)
            && !TimeWords.IsTimeUnit(t.Norm(denominator + 1)) && !CountedNouns.English.TryMatch(t, denominator + 1, false, false, out _);
    }

    private bool IsSmallCount(int i) => t.IsNumber(i) && DigitNumbers.PlainDigits(t.Norm(i)) is >= 1 and <= 3;

    // "1." or "(2)" opening a line: the number of a list item.
    private bool IsListNumber(FigureReading r)
    {
        var a = r.Number.First;
        var b = r.Number.Last;
        if (!t.IsNumber(a) || a != b)
        {
            return false;
        }
        var opensLine = a == t.First || (a == t.First + 1 && t.IsPunct(t.First, '('));
        return opensLine && (t.IsPunct(b + 1, '.') || t.IsPunct(b + 1, ')') || t.IsPunct(b + 1, '-') || !t.In(b + 1));
    }

    // "0501234567", "+966 11 123 4567": numbers to call, not counts.
    private bool IsPhoneNumber(FigureReading r)
    {
        var a = r.Number.First;
        var norm = t.Norm(a);
        var plain = DigitNumbers.PlainDigits(norm);
        if (!t.IsNumber(a) || plain < 0)
        {
            return false;
        }
        if (plain >= 7 && norm[0] == '0')
        {
            return true;
        }
        if (t.IsPunct(a - 1, '+'))
        {
            return true;
        }
        // Three or more bare digit groups in a row ("11 123 4567"), not grouped thousands.
        var run = 1;
        for (var k = r.Number.Last + 1; t.IsNumber(k) && DigitNumbers.PlainDigits(t.Norm(k)) > 0 && run < 3; k++)
        {
            if (t.Glued(k, k + 1) && t.IsLatinWord(k + 1))
            {
                return false; // "55 777-9s": a model, not a phone number
            }
            run++;
            if (t.IsPunct(k + 1, '-'))
            {
                k++;
            }
        }
        return run >= 3 && r.Number.First == r.Number.Last;
    }
}
