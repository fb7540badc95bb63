using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Unnamed sources: "مسؤول عسكري", "مصادر مطلعة", "شهود عيان", "a senior official", "two sources familiar with the
/// matter". A bare source noun may take where it works ("مصدر في وزارة المالية", "مصدر بمجلس الوزراء"); a bare
/// definite one ("وأوضح المسؤول") points back at a source already named.
/// </summary>
internal static class AnonymousSources
{
    private static readonly HashSet<string> AnaphoricHeads = new(StringComparer.Ordinal) { "مسؤول", "مصدر" };

    // Analysts and experts "at" a named firm: the firm is the source ("محللون في «آر بي سي كابيتال ماركتس»").
    private static readonly HashSet<string> Commentators = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "expert", "experts", "economist", "economists",
    };

    public static Found? Arabic(SourceScan scan, int t, int last)
    {
        if (scan.AnonymousAt(t) is not { } match || !scan.IsArabicWord(t))
        {
            return null;
        }
        var end = match.Last;
        var english = match.Value;
        var named = true;
        var head = Head(scan.HeadOf(t, match.Start));
        // "مصادر نيابية": a bare source noun with an adjective the list does not know.
        if (match.Last == match.First && end + 1 <= last && scan.IsArabicWord(end + 1) && !scan.IsDefinite(end + 1)
            && ArabicFunctionWords.IsNisba(scan.Norm(end + 1)) && !scan.IsStop(end + 1))
        {
            end++;
            named = false;
        }
        if (named && match.Last == match.First && Genitive(scan, end + 1, last) is var genitive and >= 0)
        {
            // "أوساط قصر بعبدا", "مصادر الرئاسة اللبنانية": whose circles or sources.
            end = genitive;
            named = false;
        }
        if (scan.Norm(end) is "من" or "علي" or "في" && Genitive(scan, end + 1, last) is var close and >= 0)
        {
            // "مصادر مقربة من الإدارة", "مصدر مطلع على المفاوضات": close to whom, familiar with what.
            end = close;
            named = false;
        }
        else if (named)
        {
            (end, english) = Described(scan, end, last, english);
        }
        var (qualifierEnd, entity, quoted) = Qualifier(scan, end + 1, last);
        if (qualifierEnd < 0 && scan.Norm(end + 1) == "في" && scan.IsArabicWord(end + 2) && scan.Lexicon.IsNotSpeaker(scan.Norm(end + 2))
            && !ArabicFunctionWords.IsQuantifier(scan.Norm(end + 2)))
        {
            end += 2; // "ناشطين في الخرطوم": where they are does not change who they are
        }
        if (qualifierEnd >= 0 && Commentators.Contains(english) && (entity is not null || quoted is not null))
        {
            return quoted ?? scan.Entity(entity!.Value);
        }
        if (qualifierEnd < 0 && named && match.Last == match.First && scan.IsDefinite(t) && AnaphoricHeads.Contains(head))
        {
            return scan.Span(t, end, match.Start, Shape.Anaphor, SourceKind.Person) with { Head = head, Anonymous = true };
        }
        string? name = named ? english : null;
        if (qualifierEnd >= 0)
        {
            // "مصدر في وزارة المالية": a bare source noun is named by where it works; "مصدر عسكري في ..." keeps its name.
            end = qualifierEnd;
            name = named && entity is { } listed ? $"{listed.Value.Entry.Name} {english}" : named && match.Last > match.First ? english : null;
        }
        return scan.Span(t, end, match.Start, Shape.Anonymous, KindOf(english), name) with { Head = head, Anonymous = true };
    }

    // "مصدر حكومي إيطالي", "مصدر مصري مطلع", "مسؤول أمني رفيع": adjectives the list does not hold.
    private static (int End, string English) Described(SourceScan scan, int end, int last, string english)
    {
        for (var k = end + 1; k <= last && k <= end + 2 && scan.IsArabicWord(k) && !scan.IsDefinite(k) && !scan.IsStop(k); k++)
        {
            var norm = scan.Norm(k);
            if (scan.Lexicon.Nationality(norm) is { } nation)
            {
                english = english.StartsWith(nation + " ", StringComparison.Ordinal) ? english : $"{nation} {english}";
            }
            else if (Qualities.TryGetValue(norm, out var quality))
            {
                english = english.StartsWith(quality + " ", StringComparison.Ordinal) ? english : $"{quality} {english}";
            }
            else
            {
                break;
            }
            end = k;
        }
        return (end, english);
    }

    private static readonly Dictionary<string, string> Qualities = new(StringComparer.Ordinal)
    {
        ["مطلع"] = "informed", ["مطلعه"] = "informed", ["رفيع"] = "senior", ["رفيعه"] = "senior", ["بارز"] = "senior", ["كبير"] = "senior",
        ["كبار"] = "senior", ["رسمي"] = "official", ["رسميه"] = "official", ["مسؤول"] = "official",
    };

    private static int Genitive(SourceScan scan, int k, int last)
    {
        if (k > last || !scan.IsArabicWord(k) || scan.IsStop(k) || scan.Cue(k) != CueKind.None || ArabicFunctionWords.IsNisba(scan.Norm(k)))
        {
            return -1;
        }
        if (scan.Norm(k).StartsWith("ال", StringComparison.Ordinal))
        {
            return Organisations.ChainEnd(scan, k, last);
        }
        // An indefinite noun and the name it governs: "قصر بعبدا".
        var next = k + 1;
        return next <= last && scan.IsArabicWord(next) && !scan.IsStop(next) && scan.Cue(next) == CueKind.None && !scan.IsDefinite(next)
            && !ArabicFunctionWords.IsNisba(scan.Norm(next))
            ? next
            : -1;
    }

    // Where the source works: "في وزارة المالية", "بمجلس الوزراء", "في المعارضة", "في «آر بي سي»".
    private static (int End, TrieMatch<CatalogueName>? Entity, Found? Quoted) Qualifier(SourceScan scan, int q, int last)
    {
        if (q > last || !scan.IsArabicWord(q))
        {
            return (-1, null, null);
        }
        var at = q;
        if (scan.Norm(q) is "في" or "من")
        {
            at = q + 1;
            if (Organisations.Quoted(scan, at, last, SourceKind.Organization) is { } quoted)
            {
                return (quoted.PhraseLast, quoted.Shape == Shape.Entity ? scan.NameAt(quoted.First) : null, quoted);
            }
        }
        else if (scan.Norm(q)[0] != 'ب')
        {
            return (-1, null, null);
        }
        if (at > last || !scan.IsArabicWord(at))
        {
            return (-1, null, null);
        }
        if (scan.NameAt(at) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && (at > q || listed.Start > scan.Tokens[at].Start))
        {
            return (listed.Last, listed, null);
        }
        var kind = scan.Lexicon.Head(scan.Norm(at), clitics: at == q);
        if (kind is not (HeadKind.Organization or HeadKind.Qualifier))
        {
            return (-1, null, null);
        }
        if (at == q && Organisations.HeadStart(scan, at) == scan.Tokens[at].Start)
        {
            return (-1, null, null); // a ب-word that is not ب + a head noun
        }
        return (Organisations.ChainEnd(scan, at, last), null, null);
    }

    public static SourceKind KindOf(string english) =>
        english.Contains("organisation", StringComparison.Ordinal) || english.Contains("groups", StringComparison.Ordinal)
        || english.Contains("agencies", StringComparison.Ordinal) || english.Contains("police", StringComparison.Ordinal)
            ? SourceKind.Organization
            : english.Contains("media", StringComparison.Ordinal) || english.Contains("television", StringComparison.Ordinal) || english.EndsWith(" TV", StringComparison.Ordinal)
                ? SourceKind.Outlet
                : SourceKind.Person;

    private static string Head(string word) =>
        word.StartsWith("مسؤول", StringComparison.Ordinal) ? "مسؤول"
        : word.StartsWith("مصدر", StringComparison.Ordinal) || word.StartsWith("مصادر", StringComparison.Ordinal) ? "مصدر"
        : word;
}
