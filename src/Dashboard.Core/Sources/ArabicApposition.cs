namespace Dashboard.Core.Sources;

/// <summary>
/// Names the given-name list does not know, told by what follows them: a title or description set off by a comma
/// ("وقالت إيفانا فلادكوفا هولار، رئيسة بعثة الصندوق") or an age in brackets ("وقالت فاطمة آدم (35 عاما)").
/// </summary>
internal static class ArabicApposition
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Describers = new(StringComparer.Ordinal)
    {
        "احد", "احدي", "وهو", "وهي", "وهم", "عضو", "عضوه", "مؤسس", "مؤسسه", "رئيس", "رئيسه", "مدير", "مديره", "نائب", "نائبه",
        "استاذ", "استاذه", "كبير", "كبيره", "زعيم", "قائد", "امين", "امينه", "المسؤول", "المسؤوله", "مسؤول", "مسؤوله", "والد", "والده",
        "شقيق", "شقيقه", "ابن", "ابنه", "زوج", "زوجه", "ام", "اب", "صاحب", "صاحبه", "منسق", "منسقه", "مستشار", "مستشاره", "محلل",
        "محلله", "خبير", "خبيره", "باحث", "باحثه", "وزير", "وزيره", "سفير", "سفيره", "ممثل", "ممثله", "مندوب", "مندوبه", "رئيسا",
    };

    private static readonly string[] Kin = [
        "ابن", "ابنت", "بنت", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخو", "اخت", "والد", "والدت", "ام", "اب", "ابو", "جد", "جدت", "حفيد",
        "حفيدت", "عم", "خال", "صديق", "صديقت", "جار", "جارت",
    ];

    private static readonly HashSet<string> AgeWords = new(StringComparer.Ordinal) { "عاما", "عام", "عاماً", "سنه", "سنوات", "سنة" };

    /// <summary>The last token of a name at <paramref name="t"/> that a comma and a description, or an age, closes; or -1.</summary>
    public static int NameEnd(SourceScan scan, int t, int last)
    {
        if (!CanStart(scan, t))
        {
            return -1;
        }
        for (var k = t; k <= Math.Min(last, t + MaxWords); k++)
        {
            if (scan.IsPunct(k, '،') || scan.IsPunct(k, ','))
            {
                return k > t && Described(scan, k + 1, last) ? k - 1 : -1;
            }
            if (scan.IsPunct(k, '('))
            {
                return k > t && IsAge(scan, k + 1, last) ? k - 1 : -1;
            }
            if (k > t && !CanContinue(scan, k))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A name of several words closed by a comma, "إن"/"أن" or a speech verb: "كلاوديو ديسكالزي، إن".</summary>
    /// <param name="strict">Only "إن"/"أن", "قد" or a speech verb close it: "وزير المالية جبريل إبراهيم قد أكد", not "زيادة الإنتاج،".</param>
    /// <param name="apposed">Set off by a comma after a title, a name may start with ال: "المتحدث باسم القوات، الفاتح قرشي،".</param>
    public static int ClosedEnd(SourceScan scan, int t, int last, bool strict = false, bool apposed = false)
    {
        if (!CanStart(scan, t) && !(apposed && scan.IsDefinite(t) && IsPlainWord(scan, t) && !scan.IsStop(t) && scan.Cue(t) == CueKind.None
            && scan.IsArabicWord(t + 1) && !scan.IsDefinite(t + 1)))
        {
            return -1;
        }
        for (var k = t; k <= Math.Min(last + 1, t + MaxWords); k++)
        {
            var closes = k <= last && (scan.Norm(k) is "ان" or "انه" or "انها" or "بان" or "قد" || scan.IsSpeechVerb(k) || scan.Cue(k) == CueKind.Participle || scan.IsPunct(k, ':'))
                || !strict && (k > last || scan.IsPunct(k, '،') || scan.IsPunct(k, ',') || scan.IsPunct(k, '(') || scan.IsPunct(k, '.') || scan.Norm(k) is "ل" or "في");
            if (closes)
            {
                return k - 1 > t ? k - 1 : -1;
            }
            if (strict && k > last)
            {
                return -1;
            }
            if (k > t && !CanContinue(scan, k))
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool CanStart(SourceScan scan, int t)
    {
        if (!scan.IsArabicWord(t) || scan.IsStop(t) || scan.Cue(t) != CueKind.None || !IsPlainWord(scan, t))
        {
            return false;
        }
        // A first word with ال is a common noun ("الاتفاق"), unless it is a given name ("الحبيب").
        return (!scan.IsDefinite(t) || scan.Lexicon.IsGivenName(scan.Norm(t))) && !IsKin(scan.Norm(t));
    }

    // "ابنتها أمل (7 سنوات)": a relative is described, not named, by the word.
    private static bool IsKin(string norm)
    {
        var stem = norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        foreach (var kin in Kin)
        {
            if (stem.StartsWith(kin, StringComparison.Ordinal) && stem[kin.Length..] is "" or "ه" or "ها" or "هم" or "هما" or "ي" or "نا")
            {
                return true;
            }
        }
        return false;
    }

    private static bool CanContinue(SourceScan scan, int k) =>
        scan.IsArabicWord(k) && !scan.IsStop(k) && scan.Cue(k) == CueKind.None && IsPlainWord(scan, k)
        && !(scan.RoleAt(k) is { } role && role.Last > role.First);

    // Not a noun that heads a body, a report, a title or an anonymous source, not a place, not a nationality.
    private static bool IsPlainWord(SourceScan scan, int k)
    {
        var norm = scan.Norm(k);
        return !scan.Lexicon.IsNotSpeaker(norm) && scan.Lexicon.Head(norm, clitics: true) == HeadKind.None && !scan.Lexicon.IsReportNoun(norm)
            && scan.AnonymousAt(k) is null && scan.Lexicon.Nationality(norm) is null && scan.NameAt(k) is not { Value.Entry.Kind: not Facts.SourceKind.Person }
            && !(norm[0] is 'ل' && scan.NameAt(k) is not null);
    }

    // "، رئيسة بعثة الصندوق", "، المتحدث باسم", "، أحد سكان", "، وهو صاحب متجر".
    private static bool Described(SourceScan scan, int k, int last) =>
        k <= last && scan.IsArabicWord(k)
        && (scan.RoleAt(k) is not null || Describers.Contains(scan.Norm(k)) || scan.AnonymousAt(k) is not null
            || scan.Lexicon.Nationality(scan.Norm(k)) is not null && scan.IsArabicWord(k + 1));

    // "(35 عاما)"
    private static bool IsAge(SourceScan scan, int k, int last) =>
        k + 1 <= last && scan.Tokens[k].IsNumber && AgeWords.Contains(scan.Norm(k + 1));
}
