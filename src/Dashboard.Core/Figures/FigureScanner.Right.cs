using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>What follows a number: time units (not figures), the percent sign, the currency, the counted noun, the rate and a trailing hedge.</summary>
internal sealed partial class FigureScanner
{
    private static readonly string[] PronounSuffixes = ["هما", "ها", "هم", "هن", "نا", "كم", "ه"];

    private bool ReadRight(FigureReading r, out int end)
    {
        var b = r.Number.Last;
        var pos = b + 1;
        end = b;
        // "2nd", "21st", "7th": ordinals.
        var ordinal = t.IsNumber(b) && t.Glued(b, pos) && t.Norm(pos) is "st" or "nd" or "rd" or "th";
        if (ordinal || IsClockAfter(b, pos) || TimeWords.IsMonth(t, pos))
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
        else if (Currencies.TryAfter(t, unitAt, allowArticle: r.Number.Vague, out var currency))
        {
            r.Currency = currency;
            r.Right = currency.Last;
        }
        else if (r.Currency is null && t.IsNumber(b) && t.IsPunct(pos, '-') && t.Glued(b, pos) && t.Glued(pos, pos + 1)
            && CountedNouns.English.TryMatch(t, pos + 1, false, false, out var hyphenated))
        {
            r.Unit = FigureUnit.Of(hyphenated.Noun); // "45-degree heat", "a 10-km stretch"
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
        if (r.Per is null && r.Unit?.Category != FigureCategory.Percent && RateWords.TryBefore(t, r.Left, out var period))
        {
            r.Per = period;
        }
        return true;
    }

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

    private void ReadNoun(FigureReading r, int pos)
    {
        if (t.IsArabicWord(pos))
        {
            ReadArabicNoun(r, pos);
        }
        else if (t.IsLatinWord(pos))
        {
            ReadEnglishNoun(r, pos);
        }
    }

    private void ReadArabicNoun(FigureReading r, int pos)
    {
        var norm = t.Norm(pos);
        if (norm == "من")
        {
            // Partitive: "51 من الفصائل", "1,200 من عناصرها", "مئات الآلاف من النازحين"; "من أصل" joins a range.
            if (t.Norm(pos + 1) != "اصل" && PartitiveNoun(pos + 1, out var partitive))
            {
                r.Unit = partitive.Kind == NounKind.Group
                    ? FigureUnit.People(partitive.Counted, UnitSource.Noun) with { Counted = "members of " + partitive.Counted }
                    : FigureUnit.Of(partitive);
                r.Right = pos + 1;
            }
            return;
        }
        if (norm is "منهم" or "منهن")
        {
            r.Unit = FigureUnit.People("people", UnitSource.Guessed);
            r.Right = pos;
            return;
        }
        if (CountedNouns.Arabic.TryMatch(t, pos, particles: false, article: r.Number.Vague, out var match))
        {
            r.Unit = FigureUnit.Of(match.Noun);
            r.NounForm = match.Form;
            r.Right = match.Last;
            return;
        }
        if (StopWords.IsOthers(norm))
        {
            r.Unit = FigureUnit.People("others", UnitSource.Noun);
            r.Right = pos;
            return;
        }
        if (ContextCues.At(t, pos) != Cue.None)
        {
            r.Unit = FigureUnit.People("people", UnitSource.Guessed); // "5 قتلوا": the verb tells they are people
            return;
        }
        if (IsUnknownArabicNoun(pos))
        {
            // A nisba or a sound masculine plural after a number names people ("2100 فلسطيني", "5 أمريكيين", "56 متأثرين").
            r.Unit = IsNisba(norm) || (norm.Length >= 5 && (norm.EndsWith("ين", StringComparison.Ordinal) || norm.EndsWith("ون", StringComparison.Ordinal)))
                ? FigureUnit.People(t.Original(pos), UnitSource.Unknown)
                : new FigureUnit("items", t.Original(pos), FigureCategory.Other, NounKind.Thing, UnitSource.Unknown);
            r.Right = pos;
        }
    }

    private bool PartitiveNoun(int pos, out CountedNoun noun)
    {
        noun = null!;
        if (CountedNouns.Arabic.TryMatch(t, pos, particles: false, article: true, out var match) && match.Last == pos)
        {
            noun = match.Noun;
            return true;
        }
        if (!t.IsArabicWord(pos))
        {
            return false;
        }
        var norm = t.Norm(pos);
        foreach (var suffix in PronounSuffixes)
        {
            if (norm.Length - suffix.Length >= 3 && norm.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = norm[..^suffix.Length];
                if (stem.StartsWith("ال", StringComparison.Ordinal))
                {
                    stem = stem[2..];
                }
                if (CountedNouns.Arabic.TryMatchWord(stem, out noun))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // An indefinite word right after the number is its tamyiz even when the lexicon does not know it ("14 مطلقاً").
    private bool IsUnknownArabicNoun(int pos)
    {
        var norm = t.Norm(pos);
        if (norm.Length < 3 || StopWords.IsArabicStop(norm) || TimeWords.IsTimeUnit(norm) || TimeWords.IsMonth(t, pos))
        {
            return false;
        }
        if (norm[0] is 'و' or 'ل' || (norm[0] == 'ف' && !IsNisba(norm)) || norm.StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        if (norm.Length >= 5 && (norm.EndsWith("ها", StringComparison.Ordinal) || norm.EndsWith("هم", StringComparison.Ordinal) || norm.EndsWith("هما", StringComparison.Ordinal)))
        {
            return false; // "قدرها": a verb or a noun with a pronoun, not the counted word
        }
        return !(norm.Length > 4 && norm[0] is 'ب' or 'ل' or 'ك' && (norm.AsSpan(1).StartsWith("ال") || norm.AsSpan(1).StartsWith("ل")));
    }

    private static bool IsNisba(string norm) =>
        norm.Length >= 4 && (norm.EndsWith('ي') || norm.EndsWith("يين", StringComparison.Ordinal) || norm.EndsWith("يون", StringComparison.Ordinal) || norm.EndsWith("يا", StringComparison.Ordinal));

    private void ReadEnglishNoun(FigureReading r, int pos)
    {
        var k = pos;
        for (var steps = 0; steps < 4 && t.In(k); steps++)
        {
            if (CountedNouns.English.TryMatch(t, k, particles: false, article: false, out var match))
            {
                r.Unit = FigureUnit.Of(match.Noun);
                r.NounForm = match.Form;
                r.Right = match.Last;
                return;
            }
            if (t.IsPunct(k, '-') && t.Glued(k - 1, k) && t.Glued(k, k + 1) && t.IsLatinWord(k + 1))
            {
                k += 2; // "Kurdish-led", "Iranian-backed"
                continue;
            }
            if (steps > 0 && TimeWords.IsTimeUnit(t.Norm(k)))
            {
                r.Duration = true; // "one quiet day", "five long years"
                return;
            }
            // Any word that is not a function word may modify the noun ("83 electoral districts"); only a noun found makes it so.
            if (t.IsLatinWord(k) && !TimeWords.IsMonth(t, k) && !StopWords.IsEnglishStop(t.Norm(k)) && !TimeWords.IsTimeUnit(t.Norm(k))
                && (steps < 2 || t.IsCapitalized(k) || StopWords.IsEnglishModifier(t.Norm(k))))
            {
                k++;
                continue;
            }
            break;
        }
        var norm = t.Norm(pos);
        if (ContextCues.At(t, pos) != Cue.None)
        {
            r.Unit = FigureUnit.People("people", UnitSource.Guessed); // "Thousands flee", "10 died"
            return;
        }
        if (!t.IsLatinWord(pos) || StopWords.IsEnglishStop(norm) || TimeWords.IsTimeUnit(norm) || TimeWords.IsMonth(t, pos))
        {
            return;
        }
        // "219 Syrians", "9.6 million Afghans": a capitalised plural after a number is a people.
        if (t.IsCapitalized(pos) && norm.Length >= 4 && norm[^1] == 's')
        {
            r.Unit = FigureUnit.People(t.Original(pos), UnitSource.Unknown);
            r.Right = pos;
            return;
        }
        // "one bottle of water a day": after "one" the noun is singular.
        if (r.Number.Words && r.Value == 1 && !t.IsCapitalized(pos) && norm.Length >= 3)
        {
            r.Unit = new FigureUnit(norm + "s", norm, FigureCategory.Other, NounKind.Thing, UnitSource.Unknown);
            r.Right = pos;
            return;
        }
        if (StopWords.IsOthers(norm))
        {
            r.Unit = FigureUnit.People("others", UnitSource.Noun);
            r.Right = pos;
            return;
        }
        // "27 search and rescue teams", "3 main reasons": the first plural of the noun phrase names what is counted.
        for (var j = pos; j <= pos + 4 && t.IsLatinWord(j); j++)
        {
            var word = t.Norm(j);
            if (StopWords.IsEnglishStop(word) && !(word == "and" && j > pos) || TimeWords.IsTimeUnit(word) || t.IsCapitalized(j))
            {
                return;
            }
            if (word.Length >= 4 && word[^1] == 's' && word[^2] != 's')
            {
                r.Unit = new FigureUnit(word, string.Join(' ', Enumerable.Range(pos, j - pos + 1).Select(t.Norm)), FigureCategory.Other, NounKind.Thing, UnitSource.Unknown);
                r.Right = j;
                return;
            }
        }
    }

    // "المقاعد الـ128", "الدول الـ27": a plural noun before a definite number names what it counts.
    private bool DefiniteWithNounBefore(FigureReading r)
    {
        var noun = r.Left - 1;
        if (!CountedNouns.Arabic.TryMatch(t, noun, particles: true, article: true, out var match) || match.Last != noun || match.Form != NounForm.Plural)
        {
            return false;
        }
        r.Unit = FigureUnit.Of(match.Noun);
        r.Left = noun;
        return true;
    }

    private void ReadRate(FigureReading r)
    {
        for (int j = r.Right + 1, between = 0; t.In(j) && between <= 3; j++, between++)
        {
            if (RateWords.TryMatch(t, j, out var period, out var last))
            {
                r.Per = period;
                r.Right = last;
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

    private bool IsRateBarrier(int j)
    {
        var norm = t.Norm(j);
        return norm is "و" or "and" or "or" or "او" or "but" or "لكن" or "بينما" or "فيما" or "while" or "whereas" or "compared" or "مقارنه"
                or "مقابل" or "than" or "versus" or "بعد" or "قبل" or "منذ" or "since" or "after" or "before" or "ago"
            || (t.IsArabicWord(j) && norm.Length >= 4 && norm[0] == 'و')
            || reader.MayStart(j) && !t.IsLatinWord(j);
    }
}
