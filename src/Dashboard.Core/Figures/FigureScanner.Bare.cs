using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>
/// Numbers with nothing after them that says what they count: one end of a range ("بين 30 و47 في المئة"), a list
/// that continues a figure ("والإمارات 144 ألفاً"), an amount the sentence makes a count ("ارتفع عدد القتلى إلى 45"),
/// or no figure at all (a year, a code, a stray small number).
/// </summary>
internal sealed partial class FigureScanner
{
    private static readonly HashSet<string> CountVerbs = new[]
    {
        "بلغ", "بلغت", "يبلغ", "تبلغ", "ليبلغ", "لتبلغ", "وبلغ", "وبلغت", "البالغ", "البالغة", "قوامه", "قوامها", "مجموعه", "إجمالي",
        "reached", "totalled", "totaled", "totalling", "totaling", "total", "numbering", "numbered", "reaching",
    }.Select(w => Dashboard.Core.Text.TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // Verbs whose object, when a bare number, is people: "Police arrested 34", "rescuers pulled out 12".
    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "arrested", "detained", "rescued", "freed", "released", "deported", "abducted", "kidnapped", "hired", "employed",
        "recruited", "treated", "arresting", "detaining", "rescuing", "freeing", "releasing", "deporting", "abducting",
        "kidnapping", "executed", "executing", "sentenced", "convicted", "charged", "expelled", "welcomed", "hosted",
        "resettled", "admitted", "registered", "vaccinated", "infected", "displaced", "evacuated", "captured",
    };

    private static readonly HashSet<string> ChangeVerbs = new[]
    {
        "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "وصل", "وصلت", "يصل", "تصل", "ليصل", "لتصل", "زاد", "زادت", "تراجع",
        "تراجعت", "انخفض", "انخفضت", "قفز", "قفزت", "ارتفاع", "انخفاض", "زيادة", "وصول", "rose", "risen", "rise", "rises", "climbed",
        "increased", "jumped", "fell", "fallen", "dropped", "declined", "stood", "stands", "put", "estimated", "surged", "soared", "grew", "reduced", "cut",
        "bringing", "taking", "raising", "lifting", "pushing", "brings", "takes", "raises", "lifts", "pushes", "brought",
    }.Select(w => Dashboard.Core.Text.TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // Decides whether a bare number is a figure, and with which unit.
    private bool Anchor(FigureReading r)
    {
        if (r.YearLike || IsNameOrCode(r))
        {
            return false;
        }
        if (TryExchangeRate(r))
        {
            return true;
        }
        // "a magnitude 7.8 earthquake": the scale is named before the number.
        if (t.Norm(r.Previous) == "magnitude")
        {
            r.Unit = new FigureUnit("magnitude", "earthquake magnitude", FigureCategory.Other, NounKind.Thing, UnitSource.Noun);
            return true;
        }
        // "127 وفاة ... وارتفاع الإصابات إلى 23049": a counted noun named after the previous figure is what this one counts.
        var subject = lastNamed is null ? null : AdjacentSubject(r);
        if (lastNamed is { Unit: { } unit } previous && (CanContinue(r, previous) || MoreOfTheSame(r)) && (subject is null || subject.Unit == unit.Unit))
        {
            r.Unit = unit with { Source = UnitSource.Inherited };
            r.Per ??= previous.Per;
            if (!r.Number.HasScale && previous.Number.HasScale && r.Value < 1000 && t.Norm(r.Previous) is "الي" or "to" or "-" or "–")
            {
                r.Value *= previous.Number.Scale; // "من 5 ملايين إلى 7"
            }
            return true;
        }
        var cue = CueBefore(r);
        if (cue == Cue.None)
        {
            cue = CueAfter(r);
        }
        var p = r.Left - 1;
        var tallied = TallyBefore(r, out var tally);
        var counted = tallied || CountVerbs.Contains(t.Norm(p)) || (t.Norm(p) is "الي" or "to" or "at" or "ب" && ChangeBefore(p));
        if (cue == Cue.None && tally is "toll")
        {
            cue = Cue.Killed;
        }
        // "with three dissenting": voters.
        var personObject = PersonVerbs.Contains(t.Norm(p)) || Voters.Contains(t.Norm(r.Number.Last + 1));
        var anchored = r.Number.HasScale || r.Number.Vague || cue != Cue.None || counted || personObject || r.Per is not null
            || (r.Bound != FigureBound.Exact && !r.Number.Words && r.Value >= 100);
        if (!anchored || (r.Number.Words && !r.Number.HasScale && !r.Number.Vague && r.Value <= 10 && cue == Cue.None && !counted && !personObject))
        {
            return false;
        }
        r.Unit = (cue != Cue.None || personObject ? FigureUnit.People("people", UnitSource.Guessed) : null)
            ?? SeenBefore(r)
            ?? SubjectBefore(r)
            ?? new FigureUnit("count", "unspecified", FigureCategory.Other, NounKind.Thing, UnitSource.Guessed);
        return true;
    }

    // "الإصابات إلى 23049", "النازحون يتجاوزون 8.6 ملايين", "deaths rose to 45": a counted noun right before the number
    // (past a preposition and a verb of change), which then names what it counts.
    private FigureUnit? AdjacentSubject(FigureReading r)
    {
        var i = r.Left - 1;
        if (t.Norm(i) is "الي" or "to" or "at")
        {
            i--;
        }
        if (IsChange(i))
        {
            i--;
        }
        if (i <= lastEnd || !t.IsWord(i) || !CountedNouns.For(t, i).TryMatch(t, i, particles: true, article: true, out var match)
            || match.Last != i || match.Form == NounForm.Dual)
        {
            return null;
        }
        return FigureUnit.Of(match.Noun) with { Source = UnitSource.Guessed };
    }

    // "ارتفع العدد إلى", "bringing its A350 order book to 65": a verb of change earlier in the clause.
    private bool ChangeBefore(int to)
    {
        for (var i = to - 1; i >= to - 6 && t.In(i) && !t.IsPunct(i); i--)
        {
            if (IsChange(i))
            {
                return true;
            }
        }
        return false;
    }

    // "ارتفع", "وارتفاع", "rose": a verb or verbal noun of change.
    private bool IsChange(int i)
    {
        var norm = t.Norm(i);
        return ChangeVerbs.Contains(norm) || (t.IsArabicWord(i) && norm.Length > 4 && norm[0] == 'و' && ChangeVerbs.Contains(norm[1..]));
    }

    // "put the toll at 1,280", "حصيلة ... إلى 45": a tally named before the number in its clause makes it a count.
    private bool TallyBefore(FigureReading r, out string? tally)
    {
        tally = null;
        for (var i = r.Left - 1; i >= Math.Max(t.First, r.Left - 10) && !t.IsNumber(i); i--)
        {
            if (t.IsPunct(i) && t.Norm(i) is "،" or "," or ";" or "؛" or ".")
            {
                return false;
            }
            var stem = Stem(i);
            if (Tallies.Contains(stem))
            {
                tally = stem;
                return true;
            }
        }
        return false;
    }

    private string Stem(int i)
    {
        var norm = t.Norm(i);
        if (!t.IsArabicWord(i))
        {
            return norm;
        }
        foreach (var prefix in new[] { "وبال", "بال", "وال", "ال", "و", "ب" })
        {
            if (norm.Length - prefix.Length >= 3 && norm.StartsWith(prefix, StringComparison.Ordinal))
            {
                return norm[prefix.Length..];
            }
        }
        return norm;
    }

    private static readonly HashSet<string> Tallies = new[]
    {
        "toll", "tally", "total", "number", "count", "figure", "عدد", "حصيلة", "إجمالي", "مجموع",
    }.Select(w => Dashboard.Core.Text.TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // "More than 1,360 were killed", "5 died": the verb after a bare number says it counts people.
    private Cue CueAfter(FigureReading r)
    {
        for (var k = r.Right + 1; k <= r.Right + 4 && t.IsWord(k); k++)
        {
            var cue = ContextCues.At(t, k);
            if (cue != Cue.None)
            {
                return cue;
            }
            // "240 were taken hostage", "34 were arrested": people, whatever befell them.
            if (k > r.Right + 1 && (PersonVerbs.Contains(t.Norm(k)) || t.Norm(k) == "taken"))
            {
                return Cue.Held;
            }
            if (t.Norm(k) is not ("were" or "was" or "have" or "has" or "had" or "been" or "being" or "are" or "is" or "reportedly" or "still"
                or "also" or "later" or "all" or "now" or "reported" or "believed" or "feared" or "confirmed"))
            {
                break;
            }
        }
        return Cue.None;
    }

    // The same amount named earlier in the article with its unit: a bare repeat of it counts the same thing.
    private FigureUnit? SeenBefore(FigureReading r) =>
        namedValues.TryGetValue(r.Value, out var unit) ? unit with { Source = UnitSource.Guessed } : null;

    private static readonly HashSet<string> Voters = new(StringComparer.Ordinal) { "dissenting", "dissented", "abstaining", "abstained" };

    // "with options for five more": more of what was just counted.
    private bool MoreOfTheSame(FigureReading r) =>
        t.Norm(r.Number.Last + 1) is "more" or "additional" && !t.IsWord(r.Number.Last + 2);

    // A bare number continues the figure before it when it carries its own scale ("144 ألفاً") or follows a list joiner.
    private bool CanContinue(FigureReading r, FigureReading previous)
    {
        var gap = r.Number.First - previous.Right;
        if (gap <= 0 || gap > 24)
        {
            return false;
        }
        if (previous.Unit!.Category == FigureCategory.Percent)
        {
            return gap <= 3 && !r.Number.HasScale && r.Value <= 100;
        }
        if (r.Number.HasScale || r.Number.Vague)
        {
            return true;
        }
        // The word before the number, or before its hedge ("from 48 seats to around 17").
        var joiner = t.Norm(r.Bound != FigureBound.Exact ? r.Left - 1 : r.Previous);
        return (gap <= 8 && (r.Continues || joiner is "الي" or "to" or "-" or "–" or "او" or "or"))
            || (gap <= 20 && joiner is "مقابل" or "versus" or "from" or "with" or "against" or "compared" or "من" or "و" or "سوي" or "الا");
    }

    private Cue CueBefore(FigureReading r)
    {
        var p = r.Left - 1;
        var cue = ContextCues.At(t, p);
        if (cue == Cue.None && t.Norm(p) is "منهم" or "بينهم" or "them" or "among" or "منها")
        {
            cue = ContextCues.At(t, p - 1);
        }
        return cue;
    }

    // "ارتفع عدد القتلى إلى 45", "the death toll rose to 45": the counted noun is the subject before the number.
    private FigureUnit? SubjectBefore(FigureReading r)
    {
        for (var i = r.Left - 1; i >= Math.Max(t.First, r.Left - 8); i--)
        {
            if (t.IsPunct(i) && t.Norm(i) is "،" or "," or ";" or "؛" or ":" or "." || t.Norm(i) is "and" or "but" or "while" or "و" or "لكن" or "بينما" or "فيما")
            {
                break;
            }
            if (i <= lastEnd)
            {
                break;
            }
            var nouns = CountedNouns.For(t, i);
            if (t.IsWord(i) && nouns.TryMatch(t, i, particles: true, article: true, out var match) && match.Form != NounForm.Dual)
            {
                return FigureUnit.Of(match.Noun) with { Source = UnitSource.Guessed };
            }
        }
        return null;
    }

    // "القرار 2254", "Route 66", "Boeing 737": a number that names or ranks rather than counts.
    private bool IsNameOrCode(FigureReading r)
    {
        var p = r.Previous;
        var norm = t.Norm(p);
        // "الرقم الأخضر 1814", "الخط الساخن 16775": a name word and its adjective.
        if (NameCodes.IsNameWord(norm) || (t.IsArabicWord(p) && norm.StartsWith("ال", StringComparison.Ordinal) && NameCodes.IsNameWord(t.Norm(p - 1))))
        {
            return true;
        }
        // "Falcon 180B", "Llama 70B": a capital letter glued as a scale after a name is part of the name.
        var gluedLetter = r.Number.Last == r.Number.First + 1 && t.Glued(r.Number.First, r.Number.Last) && t.IsAllUpper(r.Number.Last)
            && t.Norm(r.Number.Last).Length == 1;
        if (gluedLetter && t.IsCapitalized(p) && !StopWords.IsEnglishStop(norm))
        {
            return true;
        }
        var small = t.IsNumber(r.Number.First) && !r.Number.HasScale && r.Value < 10000 && r.Value == Math.Floor(r.Value);
        return small && t.IsLatinWord(p) && !StopWords.IsEnglishStop(norm) && (t.IsCapitalized(p) || t.IsArabicWord(r.Number.First - 2));
    }
}
