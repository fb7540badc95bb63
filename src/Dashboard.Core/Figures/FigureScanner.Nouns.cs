using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

/// <summary>The counted noun after a number: the lexicon, a partitive ("من عناصرها"), a nisba or demonym, or an unknown word in its place.</summary>
internal sealed partial class FigureScanner
{
    private static readonly string[] PronounSuffixes = ["هما", "ها", "هم", "هن", "نا", "كم", "ه"];

    private void ReadNoun(FigureReading r, int pos)
    {
        if (t.IsArabicWord(pos))
        {
            ReadArabicNoun(r, pos);
        }
        else if (t.IsLatinWord(pos) || (t.IsNumber(pos) && ModelAt(pos) > 0))
        {
            ReadEnglishNoun(r, pos); // "20 737 MAX jets", "55 777-9s": a model after the count
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
        if (IsUnknownArabicNoun(pos, r.Number.Vague))
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
                // "أبنائه", "أعضاؤها": a final hamza takes a seat before the pronoun. "فروا من منازلهم" is "from their
                // homes": with a pronoun, only people and weapons make a partitive ("من أبنائه", "من طائراتها").
                if ((CountedNouns.Arabic.TryMatchWord(stem, out noun)
                    || (stem[^1] is 'ئ' or 'ؤ' && CountedNouns.Arabic.TryMatchWord(stem[..^1] + "ء", out noun)))
                    && (noun.Kind != NounKind.Thing || noun.Category == FigureCategory.Military))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // An indefinite word right after the number is its tamyiz even when the lexicon does not know it ("14 مطلقاً").
    private bool IsUnknownArabicNoun(int pos, bool vague)
    {
        var norm = t.Norm(pos);
        if (norm.Length < 3 || StopWords.IsArabicStop(norm) || TimeWords.IsTimeUnit(norm) || TimeWords.IsMonth(t, pos))
        {
            return false;
        }
        // "1814 قرابة 3 آلاف": a hedge opens the next figure.
        if (Hedges.TryBefore(t, pos, out var hedgeFirst, out _) && hedgeFirst == pos)
        {
            return false;
        }
        // After "عشرات"/"آلاف" the counted noun is definite ("عشرات الأسر"); after a number it is not ("14 مطلقاً").
        if (vague != norm.StartsWith("ال", StringComparison.Ordinal) || norm[0] is 'و' or 'ل' || (norm[0] == 'ف' && !IsNisba(norm)))
        {
            return false;
        }
        // "بحالات", "كضحايا": a preposition on a known noun.
        if (norm[0] is 'ب' or 'ك' && CountedNouns.Arabic.TryMatchWord(norm[1..], out _))
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
        // "35 of the smaller 777-8s", "3 of the victims": a partitive names what is counted.
        if (t.Norm(pos) == "of" && t.Norm(pos + 1) is "the" or "its" or "their" or "his" or "her" or "our" && t.IsNumber(r.Number.Last))
        {
            pos += 2;
        }
        var k = pos;
        var model = -1;
        var demonymAfterModifiers = true;
        for (var steps = 0; steps < 4 && t.In(k); steps++)
        {
            // "90 Boeing 777X jets", "30 Boeing 787-9 Dreamliners", "20 737 MAX jets", "11 Boeing 787s": a model designation.
            if (ModelAt(k) is > 0 and var modelEnd)
            {
                model = modelEnd;
                k = modelEnd + 1;
                continue;
            }
            // "under 5 account for": a singular after a number above one is a verb or an adjective, not the counted noun.
            if (CountedNouns.English.TryMatch(t, k, particles: false, article: false, out var match)
                && (match.Form != NounForm.Singular || r.Value == 1 || r.Number.HasScale || r.Number.Vague))
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
            // "30,000 young Omanis", "5,000 displaced Syrians": a capitalised plural after modifiers is a people.
            if (steps > 0 && demonymAfterModifiers && model < 0 && IsCapitalizedPlural(k) && ModelAt(k + 1) < 0)
            {
                r.Unit = FigureUnit.People(t.Original(k), UnitSource.Unknown);
                r.Right = k;
                return;
            }
            demonymAfterModifiers &= StopWords.IsEnglishModifier(t.Norm(k));
            // Any word that is not a function word may modify the noun ("83 electoral districts"); only a noun found makes it so.
            if (t.IsLatinWord(k) && !TimeWords.IsMonth(t, k) && !StopWords.IsEnglishStop(t.Norm(k)) && !TimeWords.IsTimeUnit(t.Norm(k))
                && (steps < 2 || t.IsCapitalized(k) || StopWords.IsEnglishModifier(t.Norm(k))))
            {
                k++;
                continue;
            }
            break;
        }
        if (model > 0)
        {
            // "30 Boeing 787-9 Dreamliners" names them after the model; "55 777-9s" by the model in the plural.
            var named = IsCapitalizedPlural(model + 1) ? model + 1 : t.Norm(model) == "s" && t.Glued(model - 1, model) ? model : -1;
            if (named > 0)
            {
                var words = t.Text.Text[t.Tokens[pos].Start..t.Tokens[named].End];
                r.Unit = new FigureUnit("units", words, FigureCategory.Other, NounKind.Thing, UnitSource.Noun);
                r.Right = named;
            }
            return;
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
        // "one bottle of water a day": after "one" the noun is singular; "one presented at the talks" is a pronoun and a verb.
        if (r.Number.Words && r.Value == 1 && !t.IsCapitalized(pos) && norm.Length >= 3
            && !norm.EndsWith("ed", StringComparison.Ordinal) && !norm.EndsWith("ing", StringComparison.Ordinal))
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
}
