using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>
/// Statements attributed in Arabic: a speech verb and its subject ("وقال كارتر", "أعلنت وزارة الصحة"), the reversed
/// order ("أن الوزير أكد"), "كان ... قد" ("وكانت رويترز قد ذكرت"), بحسب/وفقا ل/نقلا عن/على لسان + source,
/// a report noun and its author ("بحسب بيانات الجهاز المركزي", "تقديرات نشرها المرصد"), نقلت ... عن, a verb that
/// shares the sentence's subject ("وأعلنت أنها"), and a body's forecast or rating ("أبقت وكالة فيتش على تصنيفها").
/// </summary>
internal static class Attributions
{
    private const int FillerReach = 4;
    private const int ReportReach = 7;

    public static void Scan(SourceScan scan, int first, int last, List<Found> found)
    {
        var lastParticiple = -1;
        for (var t = first; t <= last; t++)
        {
            if (scan.IsArabicWord(t) && scan.Cue(t) == CueKind.Participle)
            {
                lastParticiple = t;
            }
        }
        var spoken = -1;
        for (var t = first; t <= last; t++)
        {
            if (!scan.IsArabicWord(t))
            {
                continue;
            }
            // "وبيّن": the verb is written like the preposition "بين"; opening a sentence it is the verb.
            var cue = t == first && scan.Norm(t) == "وبين" ? CueKind.Verb : scan.Cue(t);
            switch (cue)
            {
                case CueKind.Verb or CueKind.VerbThat or CueKind.Relay when t == spoken:
                    break; // its subject came before it: what follows is its object ("أبلغ لجنة الميزانيات")
                case CueKind.Verb or CueKind.VerbThat or CueKind.Relay:
                    AfterVerb(scan, first, t, last, cue, found);
                    break;
                case CueKind.According:
                    AfterAccording(scan, t + 1, last, found);
                    break;
                case CueKind.Participle when scan.SaysWhat(t + 1, last) && ArabicClauseSubjects.OfParticiple(scan, first, t) is { } doer:
                    found.Add(doer); // "نظمت جبهة الخلاص الوطني وقفة احتجاجية، معتبرة أن"
                    break;
                case CueKind.Participle:
                    break;
                case CueKind.Byline when t > first || scan.Norm(t)[0] == 'و':
                    // "وكتب الرئيس على منصة ... أن": inside a sentence كتب is a verb; at a line's start it signs a report.
                    AfterVerb(scan, first, t, last, CueKind.VerbThat, found);
                    break;
                default:
                    if (scan.Norm(t) == "علي" && scan.Norm(t + 1) == "لسان")
                    {
                        AfterAccording(scan, t + 2, last, found);
                    }
                    else if (scan.Norm(t) == "علي" && scan.Norm(t + 1) == "حد" && scan.Norm(t + 2) is "قول" or "تعبير")
                    {
                        AfterAccording(scan, t + 3, last, found); // "على حد قول المتحدث باسمه محمود بصل"
                    }
                    else if (IsKana(scan.Norm(t)))
                    {
                        Kana(scan, t, last, lastParticiple, found);
                    }
                    else if (!IsCueBefore(scan, t) && Reversed(scan, t, last, found) is var verb and >= 0)
                    {
                        spoken = verb;
                    }
                    break;
            }
        }
    }

    private static void AfterVerb(SourceScan scan, int first, int verb, int last, CueKind cue, List<Found> found)
    {
        var relay = cue == CueKind.Relay;
        var t = SkipFillers(scan, verb + 1, last);
        var subject = Phrases.Arabic(scan, t, last);
        if (subject is { Shape: Shape.Unlisted } && scan.IsPunct(t) && !ArabicClauseSubjects.StartsClause(scan, first, verb) && !scan.SaysWhat(subject.End2 + 1, last))
        {
            return; // "لامبيدوزا تعلن «حالة الطوارئ»": the verb has its subject before it; the quote is its object
        }
        if (subject is null && scan.IsArabicWord(t) && scan.Lexicon.IsReportNoun(scan.Norm(t)))
        {
            subject = Report(scan, t, last);
        }
        subject ??= ArabicClauseSubjects.Shared(scan, first, verb, last);
        if (subject is null)
        {
            return;
        }
        // "أضافت الحكومة بندا", "نشر الجيش قوات": these verbs speak only when what was said follows (or a paper publishes).
        if (cue == CueKind.VerbThat && !scan.SaysWhat(subject.End2 + 1, last) && subject.Kind is not (SourceKind.Outlet or SourceKind.Agency))
        {
            return;
        }
        if (!relay)
        {
            found.Add(subject);
            return;
        }
        // "نقلت وكالة الأنباء عن مصدر": both the agency and whom it quotes; without عن, نقل carries ("نقلت ابنتها إلى").
        for (var k = subject.End2 + 1; k <= Math.Min(last, subject.End2 + FillerReach + 1); k++)
        {
            if (scan.Norm(k) == "عن")
            {
                found.Add(subject);
                if (Phrases.Arabic(scan, k + 1, last) is { } quoted)
                {
                    found.Add(quoted);
                }
                return;
            }
        }
    }

    private static void AfterAccording(SourceScan scan, int t, int last, List<Found> found)
    {
        // "وفقا ل", "نقلا عن", "استنادا إلى" and "بحسب ما أفاد به"
        if (scan.Norm(t) is "ل" or "عن" or "الي")
        {
            t++;
        }
        if (scan.Norm(t) == "ما")
        {
            t++;
            if (scan.IsSpeechVerb(t))
            {
                t++;
            }
            if (scan.Norm(t) is "به" or "بها" or "له")
            {
                t++;
            }
        }
        t = SkipFillers(scan, t, last);
        if (scan.Norm(t) is "اخر" or "احدث" or "اولي" && scan.IsArabicWord(t + 1) && scan.Lexicon.IsReportNoun(scan.Norm(t + 1)))
        {
            t++; // "حسب آخر حصيلة لوزارة الداخلية", "وفق أحدث أرقام"
        }
        var subject = scan.IsArabicWord(t) && scan.Lexicon.IsReportNoun(scan.Norm(t)) && scan.RoleAt(t) is null
            ? Report(scan, t, last)
            : Phrases.Arabic(scan, t, last);
        if (subject is not null)
        {
            found.Add(subject);
        }
    }

    // "أن وزير المالية عبدالله الرشيدي أبلغ", "اكتفى البيت الأبيض بالقول": the source comes before its verb.
    private static int Reversed(SourceScan scan, int t, int last, List<Found> found)
    {
        if (!StartsPhrase(scan, t))
        {
            return -1;
        }
        if (Phrases.Arabic(scan, t, last) is not { } subject || subject.Shape == Shape.Person && subject.Last == subject.First)
        {
            return -1;
        }
        // An ambiguous name right after a definite noun is its adjective: "الأسواق الأوروبية سجلت".
        if (scan.NameAt(t) is { Value.Ambiguous: true } && scan.IsDefinite(t - 1) && scan.Cue(t - 1) == CueKind.None)
        {
            return -1;
        }
        var next = subject.End2 + 1;
        if (scan.Norm(next) == "قد")
        {
            next++;
        }
        if (next <= last && scan.IsSpeechVerb(next) && (scan.Cue(next) != CueKind.Relay || HasAn(scan, next + 1, last)))
        {
            found.Add(subject);
            return next;
        }
        // "رفع بنك غولدمان ساكس توقعاته", "أبقت وكالة فيتش على تصنيفها": a body's forecast or rating is what it says.
        if (subject.Kind != SourceKind.Person && !subject.Anonymous && subject.Shape is Shape.Entity or Shape.Unlisted
            && t > 0 && scan.IsArabicWord(t - 1) && Forecast(scan, subject.End2 + 1, last))
        {
            found.Add(subject);
        }
        return -1;
    }

    private static bool Forecast(SourceScan scan, int k, int last)
    {
        for (var j = k; j <= Math.Min(last, k + 2); j++)
        {
            var stem = ArabicPrefixes.WithoutArticle(scan.Norm(j));
            foreach (var word in (string[])["توقع", "تقدير", "تصنيف", "نظره", "نظرت"])
            {
                // The noun and its possessive ("توقعاته", "تصنيفها"), not a verb of the same letters ("توقعان": they sign).
                if (stem.StartsWith(word, StringComparison.Ordinal) && stem[word.Length..] is "ه" or "ها" or "هم" or "ات" or "اته" or "اتها" or "اتهم"
                    || stem == word && word != "نظرت")
                {
                    return true;
                }
            }
            if (!(scan.Norm(j) is "علي" or "من" || scan.IsArabicWord(j) && scan.Cue(j) == CueKind.Filler))
            {
                return false;
            }
        }
        return false;
    }

    // "وكانت رويترز قد ذكرت", "وكان البنك الدولي قد صنّف ... متوقعا": the subject of كان, when it speaks.
    private static void Kana(SourceScan scan, int t, int last, int lastParticiple, List<Found> found)
    {
        if (Phrases.Arabic(scan, SkipFillers(scan, t + 1, last), last) is not { } subject)
        {
            return;
        }
        var next = subject.End2 + 1;
        if (scan.Norm(next) == "قد")
        {
            next++;
        }
        if (next > last || scan.Cue(next) is not CueKind.None and not CueKind.Verb and not CueKind.VerbThat and not CueKind.Relay)
        {
            return;
        }
        if (scan.IsSpeechVerb(next) || lastParticiple > next)
        {
            found.Add(subject);
        }
    }

    /// <summary>"تقديرات جديدة نشرها المرصد", "بيانات الجهاز المركزي", "تقرير صادر عن بنك الكويت الوطني".</summary>
    private static Found? Report(SourceScan scan, int t, int last)
    {
        var limit = Math.Min(last, t + ReportReach);
        for (var k = t + 1; k <= limit; k++)
        {
            if (scan.IsPunct(k, '،') || scan.IsPunct(k, ',') || scan.IsPunct(k, '.') || scan.IsPunct(k, ':'))
            {
                return null;
            }
            if (!scan.IsArabicWord(k) || scan.Norm(k) is "ان" or "انه" or "انها" or "الي")
            {
                if (scan.IsPunct(k) && !scan.IsPunct(k, '(') && !scan.IsPunct(k, ')'))
                {
                    var quoted = Organisations.Quoted(scan, k, last, SourceKind.Organization);
                    if (quoted is not null && k > t + 1 && scan.Lexicon.Head(scan.Norm(k - 1), clitics: false) != HeadKind.None)
                    {
                        return quoted;
                    }
                }
                continue;
            }
            if (scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && !listed.Value.Ambiguous)
            {
                return scan.Entity(listed);
            }
            if (scan.Lexicon.Head(scan.Norm(k), clitics: true) == HeadKind.Organization && Organisations.Unlisted(scan, k, last) is { } body)
            {
                return body; // "بيانات الجهاز المركزي", "حصيلة لوزارة الداخلية", "إحصاء أولي للسلطات"
            }
            if (scan.AnonymousAt(k) is not null && AnonymousSources.Arabic(scan, k, last) is { Shape: Shape.Anonymous } unnamed)
            {
                return unnamed;
            }
        }
        return null;
    }

    public static int SkipFillers(SourceScan scan, int t, int last)
    {
        var start = t;
        while (t <= last && t < start + FillerReach)
        {
            if (scan.Cue(t) == CueKind.Filler || scan.Norm(t) is "قد" or "اول")
            {
                t++;
            }
            else if (scan.IsPunct(t, '(') && scan.Cue(t + 1) == CueKind.Filler && scan.IsPunct(t + 2, ')'))
            {
                t += 3;
            }
            else
            {
                break;
            }
        }
        return t;
    }

    private static bool HasAn(SourceScan scan, int k, int last)
    {
        for (var j = k; j <= Math.Min(last, k + FillerReach + 2); j++)
        {
            if (scan.Norm(j) == "عن")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsKana(string norm) => norm is "كان" or "كانت" or "وكان" or "وكانت" or "فكان" or "فكانت";

    // A phrase right after a cue was read with that cue; reading it again as a reversed subject is not needed.
    private static bool IsCueBefore(SourceScan scan, int t) => scan.Cue(t - 1) is CueKind.Verb or CueKind.VerbThat or CueKind.Relay or CueKind.According;

    private static bool StartsPhrase(SourceScan scan, int t) =>
        scan.NameAt(t) is not null || scan.RoleAt(t) is not null || scan.AnonymousAt(t) is not null
        || scan.Lexicon.Head(scan.Norm(t), clitics: false) == HeadKind.Organization;
}
