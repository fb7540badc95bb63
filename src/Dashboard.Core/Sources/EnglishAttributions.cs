using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Statements attributed in English: "X said", "said X", "X, a spokesman for Y, said", "X told Reuters",
/// "according to X", "a statement from X", "citing X".
/// </summary>
internal static class EnglishAttributions
{
    private const int SubjectReach = 14;
    private const int AppositiveReach = 22;
    private const int TailReach = 4;

    private static readonly HashSet<string> TailPrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "of", "from", "for", "with", "near", "on", "inside", "outside", "across",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "also", "later", "previously", "earlier", "had", "has", "have", "is", "are", "was", "were", "will", "would", "could", "may",
        "might", "then", "further", "separately", "again", "already", "recently", "repeatedly", "not", "still", "publicly", "privately",
        "reportedly", "told", "once", "first", "last", "yesterday", "today", "on", "tuesday", "monday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "this",
    };

    public static void Scan(SourceScan scan, int first, int last, List<Found> found)
    {
        for (var t = first; t <= last; t++)
        {
            if (!scan.IsLatinWord(t))
            {
                continue;
            }
            switch (scan.Cue(t))
            {
                case CueKind.VerbThat when !scan.SaysWhat(t + 1, Math.Min(last, t + 1)):
                    break; // "agreed to build": an undertaking, not a statement
                case CueKind.Verb or CueKind.VerbThat or CueKind.Relay when scan.Norm(t + 1) == "by" && scan.Norm(t).EndsWith("ed", StringComparison.Ordinal):
                    // "The toll was confirmed by the Health Ministry", "Hassan, quoted by the state news agency, said".
                    EnglishReports.Lead(scan, t + 2, last, found);
                    break;
                case CueKind.Verb:
                case CueKind.VerbThat:
                case CueKind.Relay:
                    Before(scan, first, t, found);
                    After(scan, t, last, found);
                    break;
                case CueKind.According when scan.Norm(t) == "according" && scan.Norm(t + 1) == "to":
                    EnglishReports.Lead(scan, t + 2, last, found);
                    break;
                case CueKind.According:
                    EnglishReports.Lead(scan, t + 1, last, found);
                    break;
                case CueKind.Report when scan.Norm(t + 1) is "from" or "by":
                    EnglishReports.Lead(scan, t + 2, last, found);
                    break;
                case CueKind.Report when EnglishReports.IsCarrier(scan.Norm(t + 1)) && scan.Norm(t + 2) == "by":
                    EnglishReports.Lead(scan, t + 3, last, found); // "a statement carried by the state news agency ONA"
                    break;
                case CueKind.None when EnglishReports.IsCarrier(scan.Norm(t)) && scan.Norm(t + 1) == "by" && EnglishReports.ReportBefore(scan, first, t):
                    EnglishReports.Lead(scan, t + 2, last, found); // "The figures, released by the Hamas-run health ministry,"
                    break;
                case CueKind.None when scan.Norm(t) is "its" or "their" && IsForecast(scan, t + 1, last):
                    ForecastBy(scan, first, t, found);
                    break;
                default:
                    break;
            }
        }
    }

    // "Carter said", "a senior official said", "Peter Cook, the Pentagon spokesman, said", "officials are acknowledging"
    private static void Before(SourceScan scan, int first, int verb, List<Found> found)
    {
        var j = verb - 1;
        var progressive = false;
        while (j >= first && (scan.IsLatinWord(j) && (Auxiliaries.Contains(scan.Norm(j)) || IsAdverb(scan, j))
               || (scan.IsPunct(j, '.') || scan.IsPunct(j, '+')) && j > first && scan.IsLatinWord(j - 1) && scan.Tokens[j].Start == scan.Tokens[j - 1].End))
        {
            progressive |= scan.Norm(j) is "is" or "are" or "was" or "were" or "been";
            j--; // "also said", "broadly praised", "The U.N. has appealed"
        }
        var bracketed = -1;
        if (scan.IsPunct(j, ')') && j - 2 > first && scan.IsPunct(j - 2, '(') && EnglishWords.IsAcronym(scan, j - 1))
        {
            bracketed = j; // "Doctors Without Borders (MSF) said": the short name in brackets belongs to the name
            j -= 3;
        }
        // ", adding that ...": a participle's subject is the clause's, already read with its own verb.
        if (scan.Norm(verb).EndsWith("ing", StringComparison.Ordinal) && !progressive)
        {
            return;
        }
        string? title = null;
        if (scan.IsPunct(j, ','))
        {
            var k = OpeningComma(scan, first, j);
            if (k <= first || !scan.IsPunct(k, ','))
            {
                return;
            }
            var apposed = EnglishPhrases.Parse(scan, k + 1, j - 1);
            // ", known as OCHA,": the name the text gives the body.
            if (scan.Norm(k + 1) is "known" or "also" && scan.NameAt(scan.Norm(k + 1) == "also" ? k + 4 : k + 3) is { } known && known.Last == j - 1)
            {
                found.Add(scan.Entity(known));
                return;
            }
            title = apposed is { Shape: Shape.TitleOnly or Shape.Anaphor } ? apposed.Title : null;
            if (apposed is { Shape: Shape.Person or Shape.Entity, Kind: SourceKind.Person } && apposed.End2 == j - 1 && !SpeakerNames.IsNameWord(scan, k - 1))
            {
                // "Its regional director, Hans Kluge, said": the name set off by commas is the speaker.
                found.Add(apposed);
                return;
            }
            j = k - 1;
        }
        if (j < first)
        {
            return;
        }
        Found? best = null;
        for (var s = Math.Max(first, j - SubjectReach); s <= j && best is null; s++)
        {
            if (!scan.Tokens[s].IsWord || s > first && ContinuesName(scan, s))
            {
                continue;
            }
            if (EnglishPhrases.Parse(scan, s, j) is { } subject && (subject.End2 == j || IsPlaceTail(scan, subject.End2 + 1, j)))
            {
                best = subject;
            }
        }
        if (best is null && scan.Norm(j) == "and" && j - 1 > first)
        {
            // "Fitch Ratings upgraded Oman's rating ..., and said": the verb shares the sentence's subject.
            best = SentenceSubject(scan, first, j - 1);
        }
        if (best is not null && bracketed > 0 && best.End2 == bracketed - 3 && best.Kind != SourceKind.Person)
        {
            best = best with { Last = bracketed, End = scan.Tokens[bracketed].End, PhraseLast = bracketed };
        }
        if (best is not null)
        {
            found.Add(title is not null && best.Title is null && best.Shape is Shape.Entity or Shape.Person ? best with { Title = title } : best);
            // "activists and a local monitoring group said": each of two joined subjects.
            var and = best.First - 1;
            if (and - 1 >= first && scan.Norm(and) == "and")
            {
                for (var s = Math.Max(first, and - 1 - SubjectReach); s < and; s++)
                {
                    if (scan.Tokens[s].IsWord && !(s > first && ContinuesName(scan, s)) && EnglishPhrases.Parse(scan, s, and - 1) is { } other && other.End2 == and - 1)
                    {
                        found.Add(other);
                        break;
                    }
                }
            }
        }
    }

    // "said Peter Cook", "said the UN refugee agency", "told Reuters"
    private static void After(SourceScan scan, int verb, int last, List<Found> found)
    {
        var t = verb + 1;
        // The subject follows the verb only after a quote or a comma: "“...,” said Peter Cook"; "said Sadr's movement had won" has an object.
        var inverted = verb > 0 && (scan.IsPunct(verb - 1, ',') || scan.IsPunct(verb - 1, '"') || scan.IsPunct(verb - 1, '”') || scan.IsPunct(verb - 1, '\''));
        if (!inverted || t > last || scan.Norm(t) is "that" or "in" or "on" or "it" or "he" or "she" or "they" or "the" && !StartsBody(scan, t))
        {
            return;
        }
        // "told MPs", "said police had cleared": an addressee, or the subject of what was said.
        if (scan.Norm(verb) is "told" or "tell" or "tells" or "telling")
        {
            return;
        }
        if (EnglishPhrases.Parse(scan, t, last) is { } subject && subject.Shape != Shape.Anaphor && Closes(scan, subject.End2 + 1, last))
        {
            found.Add(subject);
        }
    }

    // What may follow an inverted subject: the end, punctuation, or where and when it spoke.
    private static bool Closes(SourceScan scan, int k, int last) =>
        k > last || scan.IsPunct(k) || scan.Norm(k) is "in" or "on" or "at" or "from" or "during" or "after" or "before" or "last" or "this"
            or "earlier" or "later" or "when" or "while" or "as" or "who" or "which" or "speaking" or "adding" or "according" or "told" or "of"
            or "with" or "for";

    // "The International Monetary Fund this month raised its growth forecast": a body's forecast or rating is what it says.
    private static void ForecastBy(SourceScan scan, int first, int its, List<Found> found)
    {
        for (var s = Math.Max(first, its - SubjectReach); s < its - 1; s++)
        {
            if (scan.Tokens[s].IsWord && !(s > first && ContinuesName(scan, s))
                && EnglishPhrases.Parse(scan, s, its - 2) is { Kind: not SourceKind.Person, Anonymous: false, Shape: Shape.Entity or Shape.Unlisted } body)
            {
                found.Add(body);
                return;
            }
        }
    }

    private static bool IsForecast(SourceScan scan, int k, int last)
    {
        for (var j = k; j <= Math.Min(last, k + 3); j++)
        {
            if (scan.Norm(j) is "forecast" or "forecasts" or "outlook" or "estimate" or "estimates" or "rating" or "ratings" or "projection"
                or "projections" or "guidance")
            {
                return true;
            }
        }
        return false;
    }

    // "residents of Sanaa said", "A Western diplomat in Kabul ... said": where the source is does not change who it is.
    private static bool IsPlaceTail(SourceScan scan, int a, int j)
    {
        if (a > j || j - a > TailReach || !scan.IsLatinWord(a) || !TailPrepositions.Contains(scan.Norm(a)))
        {
            return false;
        }
        for (var k = a + 1; k <= j; k++)
        {
            if (!(scan.IsCapitalised(k) || scan.Norm(k) is "the" or "neighboring" or "neighbouring" or "northern" or "southern" or "eastern"
                    or "western" or "central" or "nearby" || scan.IsPunct(k, '-') || scan.IsPunct(k, '.')))
            {
                return false;
            }
        }
        return scan.IsCapitalised(j);
    }

    // The comma that opens an apposition, which may hold commas of its own: "X, Mauritania's minister of petroleum, mines and energy, told".
    private static int OpeningComma(SourceScan scan, int first, int j)
    {
        var candidate = -1;
        for (var k = j - 1; k > first && k > j - AppositiveReach; k--)
        {
            if (!scan.IsPunct(k, ','))
            {
                continue;
            }
            if (candidate < 0)
            {
                candidate = k;
            }
            // The apposition starts where a name ends before the comma and a title or description follows it.
            if (SpeakerNames.IsNameWord(scan, k - 1) && StartsDescription(scan, k + 1, j - 1))
            {
                return k;
            }
        }
        return candidate;
    }

    private static bool StartsDescription(SourceScan scan, int k, int last) =>
        scan.Norm(k) is "a" or "an" or "the" or "its" or "his" or "her" or "their" || EnglishWords.IsPossessive(scan, k) || scan.RoleAt(k) is not null
        || EnglishTitles.Title(scan, k, last) is not null;

    // The phrase that opens a sentence and is followed by its verb: "Fitch Ratings upgraded ...".
    private static Found? SentenceSubject(SourceScan scan, int first, int limit)
    {
        for (var e = first; e <= Math.Min(limit, first + SubjectReach); e++)
        {
            if (EnglishPhrases.Parse(scan, first, e) is { Shape: Shape.Entity or Shape.Unlisted or Shape.Person } subject && subject.End2 == e
                && e + 1 <= limit && scan.IsLatinWord(e + 1) && !scan.IsCapitalised(e + 1) && !EnglishWords.IsFunctionWord(scan.Norm(e + 1)))
            {
                return subject;
            }
        }
        return null;
    }

    private static bool IsAdverb(SourceScan scan, int t) =>
        !scan.IsCapitalised(t) && scan.Norm(t).Length > 4 && scan.Norm(t).EndsWith("ly", StringComparison.Ordinal);

    // Inside "Ash Carter" the phrase starts at "Ash", not at "Carter".
    private static bool ContinuesName(SourceScan scan, int s) =>
        scan.IsCapitalised(s) && (SpeakerNames.IsNameWord(scan, s - 1) || scan.IsPunct(s - 1, '-') && s - 2 >= 0 && scan.IsLatinWord(s - 2));

    private static bool StartsBody(SourceScan scan, int t) =>
        scan.Norm(t) == "the" && (scan.NameAt(t + 1) is not null || scan.IsCapitalised(t + 1) || scan.AnonymousAt(t + 1) is not null);
}
