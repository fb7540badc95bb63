using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Organisations and outlets that are not in the catalogue: a head noun and its complement ("وزارة البترول",
/// "بنك الكويت الوطني", "مرصد قنديلي"), a name in quotes ("«طيران الإمارات»"), an outlet after صحيفة or مراسل.
/// </summary>
internal static class Organisations
{
    private const int MaxChain = 7;

    private static readonly Dictionary<char, char> QuotePairs = new()
    {
        ['«'] = '»', ['"'] = '"', ['“'] = '”', ['\''] = '\'', ['‹'] = '›', ['„'] = '“',
    };

    /// <summary>An organisation headed by a head noun at <paramref name="t"/>; a bare definite head is an anaphor.</summary>
    public static Found? Unlisted(SourceScan scan, int t, int last)
    {
        if (!scan.IsArabicWord(t) || scan.Lexicon.Head(scan.Norm(t), clitics: true) != HeadKind.Organization)
        {
            return null;
        }
        var start = HeadStart(scan, t);
        var head = scan.HeadOf(t, start);
        if (Quoted(scan, t + 1, last, SourceKind.Organization) is { } quoted)
        {
            return quoted with { Head = head };
        }
        if (scan.NameAt(t + 1) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && listed.Start == scan.Tokens[t + 1].Start)
        {
            return scan.Entity(listed) with { Head = head };
        }
        var end = ChainEnd(scan, t, last);
        if (end == t)
        {
            return scan.IsDefinite(t) || start > scan.Tokens[t].Start && scan.Norm(t).Contains("ال", StringComparison.Ordinal)
                ? scan.Span(t, t, start, Shape.Anaphor, SourceKind.Organization) with { Head = head }
                : null;
        }
        var found = scan.Span(t, end, start, Shape.Unlisted, SourceKind.Organization) with { Head = head };
        return WithAlias(scan, found, last);
    }

    /// <summary>The last token of the complement after a head noun: definite words, ل + noun, "من أجل".</summary>
    public static int ChainEnd(SourceScan scan, int t, int last)
    {
        var end = t;
        var k = t + 1;
        if (!scan.IsDefinite(t) && k <= last && scan.IsArabicWord(k) && !scan.IsDefinite(k) && !scan.IsStop(k) && scan.Cue(k) == CueKind.None)
        {
            var construct = k + 1 <= last && (scan.Norm(k + 1).StartsWith("ال", StringComparison.Ordinal) || IsLinked(scan, k + 1, last)) && !scan.IsStop(k + 1);
            if (scan.Lexicon.Head(scan.Norm(k), clitics: false) == HeadKind.None && !construct)
            {
                // A proper name after an indefinite head ends it: "مرصد قنديلي".
                return scan.Lexicon.IsNotSpeaker(scan.Norm(k)) || scan.Norm(k)[0] is 'ل' or 'ب' ? t : k;
            }
            end = k++; // "رئاسة إدارة الكوارث", "هيئة عمليات التجارة البحرية", "جامعة طهران للعلوم الطبية"
        }
        var words = 0;
        // A ministry is named by its portfolio and adjectives or joined portfolios: "وزارة الصحة والعلاج والتعليم الطبي".
        var ministry = scan.HeadOf(t, HeadStart(scan, t)) is "وزاره" or "وزارات";
        while (k <= last && words < MaxChain && scan.IsArabicWord(k))
        {
            var norm = scan.Norm(k);
            if (norm == "من" && scan.Norm(k + 1) == "اجل" && k + 2 <= last && scan.IsArabicWord(k + 2) && !scan.IsStop(k + 2))
            {
                // "الجمعية اللبنانية من أجل ديموقراطية الانتخابات"
                end = scan.IsDefinite(k + 2) ? k + 2 : k + 3 <= last && scan.IsDefinite(k + 3) ? k + 3 : k - 1;
                if (end < k)
                {
                    end = k - 1;
                    break;
                }
                k = end + 1;
                continue;
            }
            if (norm is "في" && end > t && k + 2 <= last && scan.IsArabicWord(k + 1) && scan.Lexicon.IsNotSpeaker(scan.Norm(k + 1))
                && !ArabicFunctionWords.IsQuantifier(scan.Norm(k + 1)) && scan.IsPunct(k + 2, '('))
            {
                // A short name in brackets names the whole: "رابطة صناعة النفط في كوردستان (أبيكور)"; elsewhere "في" + place
                // says where a body is ("وزارة الصحة في طرابلس").
                end = k + 1;
                break;
            }
            if (scan.IsStop(k) || scan.Cue(k) is CueKind.Verb or CueKind.VerbThat or CueKind.Relay or CueKind.Participle || IsTimePhrase(scan, k))
            {
                break;
            }
            if (IsHonorific(norm) && k + 1 <= last && scan.IsArabicWord(k + 1) && !scan.IsDefinite(k + 1) && !scan.IsStop(k + 1)
                && scan.Cue(k + 1) == CueKind.None)
            {
                // "مركز الملك سلمان للإغاثة", "جامعة الملك عبد العزيز": a person's name inside the body's name.
                end = scan.Norm(k + 1) == "عبد" && k + 2 <= last && scan.IsArabicWord(k + 2) ? k + 2 : k + 1;
                k = end + 1;
                words++;
                continue;
            }
            if (IsPlaceNoun(norm) && k + 1 <= last && scan.IsArabicWord(k + 1) && !scan.IsDefinite(k + 1) && !scan.IsStop(k + 1) && scan.Cue(k + 1) == CueKind.None)
            {
                end = k + 1; // "المجلس البلدي لجزيرة لامبيدوزا", "بلدية مدينة درنة"
                break;
            }
            if (ministry && end > t && norm.StartsWith("ال", StringComparison.Ordinal) && !ArabicFunctionWords.IsNisba(norm) && norm != "العامه")
            {
                break; // "وأعلنت وزارة الداخلية الحداد": after the portfolio, a plain noun is the verb's object
            }
            if (norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("وال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal))
            {
                end = k;
            }
            else if (norm[0] == 'ل' && norm.Length > 3 && k + 1 <= last && scan.IsDefinite(k + 1) && !IsAddressee(scan, k))
            {
                end = k; // "لحقوق الإنسان", "لتنسيق الشؤون الإنسانية"
            }
            else if (norm[0] == 'ب' && norm.Length > 3 && scan.Lexicon.IsNotSpeaker(norm[1..]))
            {
                end = k; // a city closes the name: "دائرة السياحة والتسويق التجاري بدبي"
                break;
            }
            else
            {
                break;
            }
            words++;
            k++;
        }
        return end;
    }

    // "العام الماضي", "الشهر الجاري": a time phrase after a name is not part of it.
    private static bool IsTimePhrase(SourceScan scan, int k) =>
        scan.Norm(k + 1) is "الماضي" or "المقبل" or "الجاري" or "الحالي" or "القادم" or "المنصرم" or "الفائت"
        && NameKeys.Word(scan.Norm(k)) is "عام" or "شهر" or "اسبوع" or "سنه" or "موسم" or "ربع" or "صيف" or "شتاء" or "يوم" or "عقد" or "قرن";

    private static bool IsHonorific(string norm) => NameKeys.Word(norm) is "ملك" or "امير" or "شيخ" or "سلطان" or "امام" or "شهيد";

    // "لجزيرة", "بمدينة", "محافظة": a kind of place whose name follows.
    private static bool IsPlaceNoun(string norm)
    {
        var stem = norm.Length > 3 && norm[0] is 'ل' or 'ب' ? norm[1..] : norm;
        return stem is "جزيره" or "مدينه" or "محافظه" or "ولايه" or "اقليم" or "منطقه" or "بلده" or "قريه" or "قضاء" or "ناحيه" or "مقاطعه" or "اماره" or "جماعه";
    }

    // "للعلوم": ل glued to a definite noun continues a name.
    private static bool IsLinked(SourceScan scan, int k, int last) =>
        scan.Norm(k).StartsWith("لل", StringComparison.Ordinal) && scan.Norm(k).Length > 4;

    /// <summary>A name in quotes at <paramref name="t"/>: a catalogue entry, or an unlisted body of <paramref name="kind"/>.</summary>
    public static Found? Quoted(SourceScan scan, int t, int last, SourceKind kind)
    {
        if (!scan.IsPunct(t) || !QuotePairs.TryGetValue(scan.Norm(t)[0], out var close))
        {
            return null;
        }
        var first = t + 1;
        var end = -1;
        // A listed name may hold stop words: "«المصري اليوم»".
        var listedLast = scan.NameAt(first) is { } named && named.Value.Entry.Kind != SourceKind.Person ? named.Last : -1;
        for (var k = first; k <= Math.Min(last, t + 7); k++)
        {
            if (scan.IsPunct(k, close))
            {
                end = k - 1;
                break;
            }
            if (scan.IsPunct(k) && !(scan.IsPunct(k, '.') || scan.IsPunct(k, '-') || scan.IsPunct(k, '+') || scan.IsPunct(k, '&')))
            {
                return null;
            }
            if (k > listedLast && scan.Tokens[k].IsWord && (scan.IsArabicWord(k) && scan.IsStop(k) || scan.IsSpeechVerb(k)))
            {
                return null;
            }
        }
        if (end < first || !scan.Tokens[first].IsWord)
        {
            return null;
        }
        while (end > first && scan.IsPunct(end))
        {
            end--;
        }
        if (scan.NameAt(first) is { } listed && listed.Last >= end - 1 && listed.Value.Entry.Kind != SourceKind.Person)
        {
            return scan.Entity(listed) with { PhraseLast = end + 1 };
        }
        if (scan.Aliases.TryGetValue(scan.Key(first, end, scan.Tokens[first].Start), out var known))
        {
            return scan.Span(first, end, scan.Tokens[first].Start, Shape.Unlisted, kind, known) with { PhraseLast = end + 1 };
        }
        return scan.Span(first, end, scan.Tokens[first].Start, Shape.Unlisted, kind) with { PhraseLast = end + 1 };
    }

    /// <summary>An outlet named after صحيفة, قناة, وكالة or مراسل ("مراسل الجزيرة", "صحيفة «الوطن»").</summary>
    public static Found? Outlet(SourceScan scan, int t, int last)
    {
        if (!scan.IsArabicWord(t) || scan.Lexicon.Head(scan.Norm(t), clitics: true) is not (HeadKind.Outlet or HeadKind.Correspondent))
        {
            return null;
        }
        if (Quoted(scan, t + 1, last, SourceKind.Outlet) is { } quoted)
        {
            // "قناة «الجديد»": the catalogue may know the outlet by its kind and name together ("قناة الجديد").
            if (quoted.Shape == Shape.Unlisted && scan.Catalogue.Find(scan.HeadOf(t, HeadStart(scan, t)) + " " + quoted.Name) is { Kind: SourceKind.Outlet or SourceKind.Agency } whole)
            {
                return new Found(t, quoted.Last, HeadStart(scan, t), scan.Tokens[quoted.End2].End, whole.Name, whole.Kind, Shape.Entity) { PhraseLast = quoted.End2 };
            }
            // An outlet the catalogue does not know is written with what it is: "صحيفة «الاقتصادية»", like "وكالة تسنيم".
            return quoted.Shape == Shape.Unlisted && scan.Lexicon.Head(scan.Norm(t), clitics: true) == HeadKind.Outlet
                ? quoted with { First = t, Start = HeadStart(scan, t), End = scan.Tokens[quoted.End2].End }
                : quoted;
        }
        return scan.NameAt(t + 1) is { } listed && listed.Value.Entry.Kind is SourceKind.Outlet or SourceKind.Agency
            ? scan.Entity(listed)
            : null;
    }

    /// <summary>"لوكالة الأناضول", "لسكاي نيوز": the outlet a statement was given to, not part of a name.</summary>
    public static bool IsAddressee(SourceScan scan, int t) =>
        scan.Norm(t)[0] == 'ل' && (scan.NameAt(t) is { } named && named.Start > scan.Tokens[t].Start && named.Value.Entry.Kind is SourceKind.Agency or SourceKind.Outlet
            || scan.Lexicon.Head(scan.Norm(t), clitics: true) is HeadKind.Outlet or HeadKind.Correspondent);

    /// <summary>Where the head noun starts once a clitic is left out ("لمنظمة" → "منظمة", "بمجلس" → "مجلس").</summary>
    public static int HeadStart(SourceScan scan, int t)
    {
        var norm = scan.Norm(t);
        if (scan.Lexicon.Head(norm, clitics: false) != HeadKind.None)
        {
            return scan.Tokens[t].Start;
        }
        foreach (var (prefix, stem) in Text.ArabicPrefixes.Readings(norm))
        {
            if (prefix > 0 && scan.Lexicon.Head(stem, clitics: false) != HeadKind.None)
            {
                var keep = prefix > 2 && norm[..prefix].EndsWith("ال", StringComparison.Ordinal) ? prefix - 2 : prefix;
                return scan.StartAfter(t, keep);
            }
        }
        return scan.Tokens[t].Start;
    }

    // "رئاسة إدارة الكوارث والطوارئ التركية "آفاد"": the short name in quotes or brackets names the same body later.
    private static Found WithAlias(SourceScan scan, Found found, int last)
    {
        var open = found.Last + 1;
        if (open > last || !(scan.IsPunct(open, '(') || scan.IsPunct(open) && QuotePairs.ContainsKey(scan.Norm(open)[0])))
        {
            return found;
        }
        var close = scan.IsPunct(open, '(') ? ')' : QuotePairs[scan.Norm(open)[0]];
        for (var k = open + 1; k <= Math.Min(last, open + 4); k++)
        {
            if (scan.IsPunct(k, close))
            {
                if (k > open + 1)
                {
                    scan.Aliases.TryAdd(scan.Key(open + 1, k - 1, scan.Tokens[open + 1].Start), found.Name);
                    return found with { PhraseLast = k };
                }
                break;
            }
            if (!scan.Tokens[k].IsWord)
            {
                break;
            }
        }
        return found;
    }
}
