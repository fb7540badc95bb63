using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>
/// Names of speakers who are not in the catalogue. Arabic: a given name (or أبو/أم + name) and up to three more
/// words, ending at a stop word, a verb or punctuation, and after a family name with ال. English: a run of
/// capitalised words with particles such as al-, bin, de.
/// </summary>
internal static class SpeakerNames
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> Kunyas = new(StringComparer.Ordinal) { "ابو", "ام", "ابن" };

    private static readonly HashSet<string> EnglishParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "abu", "abdel", "abdul", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "ben", "ould",
    };

    private static readonly HashSet<string> EnglishNotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "as", "by", "for", "from", "to", "of", "with", "he", "she",
        "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that", "these", "those", "there", "here", "when",
        "while", "after", "before", "since", "until", "during", "meanwhile", "however", "also", "last", "next", "earlier", "later",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "photo", "file", "image", "caption", "source", "copyright", "reporting", "editing",
        "writing", "additional", "said", "says", "told", "according", "officials", "official", "sources", "some", "many", "several",
        "both", "all", "one", "two", "three", "four", "five", "what", "who", "why", "how", "where", "not", "no", "yes", "thus",
        "others", "another", "everyone", "everybody", "nobody", "someone", "somebody", "people", "each", "either", "neither", "most", "few",
        "today", "yesterday", "tomorrow", "tonight", "now", "then", "still", "instead", "overall", "together", "altogether",
    };

    /// <summary>The last token of an Arabic name starting at <paramref name="t"/>, or -1.</summary>
    /// <param name="afterTitle">After a title any word may start the name, but a name of one word must be a given name.</param>
    public static int Arabic(SourceScan scan, int t, int last, bool afterTitle)
    {
        if (!CanStartArabic(scan, t, afterTitle, out var given))
        {
            return -1;
        }
        var end = t;
        var words = 1;
        var closed = scan.IsDefinite(t) && !given; // "الحبيب الصيد" goes on; another word with ال ends the name
        var joined = false;
        if (Kunyas.Contains(scan.Norm(t)) || scan.Norm(t) == "عبد")
        {
            if (t + 1 > last || !scan.IsArabicWord(t + 1) || scan.IsStop(t + 1))
            {
                return -1;
            }
            end = t + 1;
            joined = true;
            closed = scan.IsDefinite(t + 1) && scan.Norm(t) != "عبد";
        }
        var k = end + 1;
        while (!closed && words < MaxWords && k <= last && scan.IsArabicWord(k))
        {
            var norm = scan.Norm(k);
            if (ArabicFunctionWords.IsConnector(norm) && k + 1 <= last && scan.IsArabicWord(k + 1) && !scan.IsStop(k + 1))
            {
                end = k + 1;
                k += 2;
                joined = true;
                continue;
            }
            if (!CanContinueArabic(scan, k))
            {
                break;
            }
            if (norm is "الله" or "الدين" or "الرحمن" or "الاسلام")
            {
                // The second half of a compound name: "حسن فضل الله", "صلاح الدين", "سيف الإسلام".
                end = k++;
                continue;
            }
            if (ArabicFunctionWords.IsDefinite(norm))
            {
                // A family name with the article ends the name: "خالد الأمين", "محمد بن عبدالله الفالح", "سعد الحربي".
                if (words > 1 && !joined && !ArabicFunctionWords.IsNisba(norm))
                {
                    break;
                }
                closed = true;
            }
            else if (words >= 2 && !joined && !EndsHere(scan, k + 1, last))
            {
                // A third plain word stays only where the name visibly ends: "رجب طيب أردوغان إن", not "أحمد تشليك تعليق الدوام".
                break;
            }
            joined = false;
            end = k;
            words++;
            k++;
        }
        if (end == t && !given)
        {
            return -1;
        }
        return end;
    }

    private static bool EndsHere(SourceScan scan, int k, int last) =>
        k > last || !scan.IsArabicWord(k) || scan.IsStop(k) || scan.Cue(k) != CueKind.None || scan.Norm(k)[0] == 'ل' && scan.Norm(k).Length > 2;

    /// <summary>The last token of a capitalised English name starting at <paramref name="t"/>, or -1.</summary>
    public static int English(SourceScan scan, int t, int last)
    {
        var end = EnglishRun(scan, t, last);
        for (var k = t; k <= end; k++)
        {
            if (scan.IsLatinWord(k) && scan.Lexicon.IsNotSpeaker(scan.Norm(k)))
            {
                return -1; // "Saudi Arabia", "New York": a place
            }
        }
        return end;
    }

    private static int EnglishRun(SourceScan scan, int t, int last)
    {
        if (!IsNameWord(scan, t))
        {
            return -1;
        }
        var end = t;
        var k = t + 1;
        var words = 1;
        while (k <= last && words < 5)
        {
            if (scan.IsPunct(k, '-') && scan.Tokens[k].Start == scan.Tokens[k - 1].End && IsNameWord(scan, k + 1) && k + 1 <= last
                && scan.Tokens[k + 1].Start == scan.Tokens[k].End)
            {
                end = k + 1;
                k += 2;
                continue;
            }
            if (scan.IsPunct(k, '.') && scan.Tokens[k - 1].Length == 1 && scan.Tokens[k].Start == scan.Tokens[k - 1].End)
            {
                k++;
                continue; // an initial: "Charles Q. Brown"
            }
            if (scan.IsLatinWord(k) && EnglishParticles.Contains(scan.Norm(k)) && !scan.IsCapitalised(k) && k + 1 <= last
                && (IsNameWord(scan, k + 1) || scan.IsPunct(k + 1, '-') && IsNameWord(scan, k + 2)))
            {
                k++;
                continue;
            }
            if (!IsNameWord(scan, k))
            {
                break;
            }
            end = k;
            words++;
            k++;
        }
        return end;
    }

    /// <summary>A capitalised Latin word that can be part of a name (not "The", not a weekday, not a speech verb).</summary>
    public static bool IsNameWord(SourceScan scan, int t)
    {
        if (!scan.IsCapitalised(t))
        {
            return false;
        }
        var norm = scan.Norm(t);
        var written = scan.Written(t);
        if (EnglishNotNames.Contains(norm) || scan.Lexicon.EnglishCue(norm) is CueKind.Verb or CueKind.Relay or CueKind.According)
        {
            return false;
        }
        // Words in capitals ("LONDON") head datelines; acronyms of two or three letters may be names of bodies.
        return !(written.Length > 3 && written.All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }

    private static bool CanStartArabic(SourceScan scan, int t, bool afterTitle, out bool given)
    {
        given = false;
        if (!scan.IsArabicWord(t) || scan.IsStop(t) || scan.Cue(t) != CueKind.None)
        {
            return false;
        }
        var norm = scan.Norm(t);
        if (norm == "باسم" && (scan.Lexicon.Head(scan.Norm(t + 1), clitics: false) != HeadKind.None
            || scan.NameAt(t + 1) is { } body && body.Value.Entry.Kind != Facts.SourceKind.Person))
        {
            return false; // "الناطق الإعلامي باسم وزارة السياحة": on behalf of, not the name Basem
        }
        given = scan.Lexicon.IsGivenName(norm) || IsCompoundStart(scan, t);
        if (Kunyas.Contains(norm) || norm == "عبد")
        {
            given = true;
            return true;
        }
        if (given)
        {
            return true;
        }
        if (!afterTitle || ArabicFunctionWords.IsDefinite(norm) || scan.Lexicon.IsNotSpeaker(norm) || IsNoun(scan, t, norm))
        {
            return false;
        }
        // A word glued to ل or ب after a title is a preposition, not a name ("لسكاي", "بمطار").
        return norm[0] is not ('ل' or 'ب') || scan.NameAt(t) is null;
    }

    // "عز الدين", "نور الدين", "سيف الإسلام", "نصر الله": the first half of a compound given name.
    private static bool IsCompoundStart(SourceScan scan, int t) =>
        scan.Norm(t + 1) is "الدين" or "الاسلام" or "الله" && scan.IsArabicWord(t + 1) && scan.Lexicon.Head(scan.Norm(t), clitics: true) == HeadKind.None
        && !ArabicFunctionWords.IsDefinite(scan.Norm(t));

    private static bool CanContinueArabic(SourceScan scan, int k)
    {
        var norm = scan.Norm(k);
        // A one-word title may be a family name: "ريهام السيد", "خالد الأمير".
        var title = scan.RoleAt(k) is { } role && role.Last > role.First;
        if (scan.IsStop(k) || scan.Cue(k) != CueKind.None || scan.Lexicon.IsNotSpeaker(norm) || title || IsBody(scan, k, norm))
        {
            return false;
        }
        if (norm.StartsWith("لل", StringComparison.Ordinal) || norm.StartsWith("وال", StringComparison.Ordinal))
        {
            return false;
        }
        // "لسكاي نيوز", "لوكالة", "للصحفيين": the addressee follows the name, it is not part of it.
        if (norm[0] is 'ل' or 'و' && (scan.NameAt(k) is { } match && match.Start > scan.Tokens[k].Start
            || scan.Lexicon.Head(norm, clitics: true) != HeadKind.None))
        {
            return false;
        }
        // "ومحمود رمزي" starts a second person.
        return !(norm[0] == 'و' && scan.Lexicon.IsGivenName(norm[1..]));
    }

    // Words that head organisations, reports or titles are not names.
    private static bool IsNoun(SourceScan scan, int t, string norm) =>
        IsBody(scan, t, norm) || scan.RoleAt(t) is not null && !scan.Lexicon.IsGivenName(norm) || scan.Lexicon.Nationality(norm) is not null;

    // Inside a name a nationality word is a family name ("أحمد المصري"); a head or report noun is not.
    private static bool IsBody(SourceScan scan, int t, string norm) =>
        scan.Lexicon.Head(norm, clitics: false) != HeadKind.None || scan.Lexicon.IsReportNoun(norm) || scan.AnonymousAt(t) is not null;
}
