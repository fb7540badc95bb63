using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Titles that introduce a speaker: "الناطق باسم البنتاغون بيتر كوك" is Peter Cook, titled Pentagon spokesman;
/// "وزير الداخلية التركي" with no name is a person known by office; a bare "الوزير" points back at one.
/// Also English: "Defense Secretary Ash Carter", "Pentagon spokesman Peter Cook".
/// </summary>
internal static class Titles
{
    private const int ComplementReach = 8;

    public static Found? Arabic(SourceScan scan, int t, int last)
    {
        if (scan.RoleAt(t) is not { } role || !scan.IsArabicWord(t))
        {
            return null;
        }
        var nationalities = new List<string>();
        var k = Adjectives(scan, role.Last + 1, last, nationalities);
        var adjectivesEnd = k - 1;
        k = Ranks(scan, k, last);
        var head = RoleHead(scan.HeadOf(t, role.Start));
        var (person, complementLast) = NameAfter(scan, k, last);
        var complement = complementLast >= k ? (First: k, Last: complementLast) : (First: -1, Last: -1);
        if (person is null && complementLast < k)
        {
            complementLast = ComplementEnd(scan, k, last);
            if (complementLast >= k)
            {
                complement = (k, complementLast);
                var after = Ranks(scan, Adjectives(scan, complementLast + 1, last, nationalities), last);
                person = PersonAt(scan, after, last, afterTitle: true);
            }
        }
        var titleLast = Math.Max(adjectivesEnd, complement.Last);
        var entity = complement.First >= 0 && scan.NameAt(complement.First) is { } listed && listed.Last == complement.Last
            && listed.Value.Entry.Kind != SourceKind.Person ? listed.Value.Entry : null;
        var arabicComplement = complement.First >= 0 && entity is null;
        var english = Compose(role.Value, nationalities, entity?.Name);
        var titleText = scan.Text.Text[role.Start..scan.Tokens[Math.Max(titleLast, role.Last)].End];
        var complementKey = complement.First >= 0 ? scan.Key(complement.First, complement.Last, scan.Tokens[complement.First].Start) : null;
        if (person is not null)
        {
            return person with
            {
                Title = arabicComplement ? titleText : english,
                Head = head,
                Complement = complementKey,
                PhraseLast = Math.Max(person.End2, person.Last),
            };
        }
        if (NeedsName(role.Value))
        {
            return null; // a rank, an honorific or a plain description names nobody without a name
        }
        if (complement.First < 0 && adjectivesEnd == role.Last && role.First == role.Last && scan.IsDefinite(t))
        {
            // "وأوضح الوزير": an office already named.
            return scan.Span(t, role.Last, role.Start, Shape.Anaphor, SourceKind.Person) with { Head = head, Title = english };
        }
        return scan.Span(t, Math.Max(titleLast, role.Last), role.Start, Shape.TitleOnly, SourceKind.Person, arabicComplement ? null : english) with
        {
            Title = english,
            Head = head,
            Complement = complementKey,
        };
    }

    public static Found? English(SourceScan scan, int t, int last)
    {
        var k = scan.Norm(t) == "the" ? t + 1 : t;
        string? body = null;
        var nationalities = new List<string>();
        if (scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && scan.RoleAt(listed.Last + 1) is not null)
        {
            body = listed.Value.Entry.Name;
            k = listed.Last + 1;
        }
        while (k <= last && scan.IsCapitalised(k) && scan.RoleAt(k) is null && IsEnglishNationality(scan, k))
        {
            nationalities.Add(scan.Written(k));
            k = TrieNext(scan, k, last);
        }
        if (scan.RoleAt(k) is not { } role || role.Last > last)
        {
            return null;
        }
        var titleStart = scan.Tokens[body is null && nationalities.Count == 0 ? k : (scan.Norm(t) == "the" ? t + 1 : t)].Start;
        var english = role.Value;
        k = role.Last + 1;
        while (scan.RoleAt(k) is { } more && more.Last <= last)
        {
            english = $"{english} {more.Value}";
            k = more.Last + 1;
        }
        // "spokesman for the UN refugee agency", "minister of defence"
        if (body is null && scan.Norm(k) is "for" or "of" && OrgAfter(scan, k + 1, last) is { } complement)
        {
            body = complement.Value.Entry.Name;
            k = complement.Last + 1;
        }
        var title = Compose(english, nationalities, body);
        var titleLast = k - 1;
        if (scan.IsPunct(k, ',') && k + 1 <= last)
        {
            k++; // "Pentagon spokesman, Peter Cook"
        }
        if (scan.NameAt(k) is { } person && person.Value.Entry.Kind == SourceKind.Person)
        {
            return scan.Entity(person) with { Title = title, PhraseLast = person.Last };
        }
        var nameEnd = SpeakerNames.English(scan, k, last);
        if (nameEnd >= k)
        {
            return scan.Span(k, nameEnd, scan.Tokens[k].Start, Shape.Person, SourceKind.Person) with { Title = title };
        }
        if (body is null && nationalities.Count == 0)
        {
            return NeedsName(role.Value) ? null : scan.Span(t, role.Last, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Person) with { Head = role.Value, Title = title };
        }
        return new Found(t, titleLast, titleStart, scan.Tokens[titleLast].End, title, SourceKind.Person, Shape.TitleOnly) { Title = title, Head = role.Value };
    }

    /// <summary>A catalogue person, or an unknown name, starting at <paramref name="t"/>.</summary>
    public static Found? PersonAt(SourceScan scan, int t, int last, bool afterTitle)
    {
        if (t > last || !scan.Tokens[Math.Min(t, scan.Count - 1)].IsWord)
        {
            return null;
        }
        if (scan.NameAt(t) is { } listed && listed.Value.Entry.Kind == SourceKind.Person && listed.Start == scan.Tokens[t].Start)
        {
            return scan.Entity(listed);
        }
        var end = SpeakerNames.Arabic(scan, t, last, afterTitle);
        if (end < t || afterTitle && end == t && !scan.Lexicon.IsGivenName(scan.Norm(t)))
        {
            return null;
        }
        return scan.Span(t, end, scan.Tokens[t].Start, Shape.Person, SourceKind.Person);
    }

    /// <summary>Titles group by their head noun: الناطق and المتحدث, masculine and feminine, are one office.</summary>
    public static string RoleHead(string word)
    {
        var head = word.EndsWith('ه') && word.Length > 3 ? word[..^1] : word;
        return head == "ناطق" ? "متحدث" : head;
    }

    // A name after the title, possibly after a complement: the first given name or catalogue person within reach.
    private static (Found? Person, int ComplementLast) NameAfter(SourceScan scan, int k, int last)
    {
        if (PersonAt(scan, k, last, afterTitle: false) is { } direct)
        {
            return (direct, k - 1);
        }
        var limit = Math.Min(last, k + ComplementReach);
        for (var p = k; p <= limit; p++)
        {
            if (scan.IsPunct(p, '،') || scan.IsPunct(p, ','))
            {
                // "منسق الطوارئ في المنظمة، ماتيو لوران،": a name set off by commas.
                return p > k && PersonAt(scan, p + 1, last, afterTitle: false) is { } apposed ? (apposed, p - 1) : (null, k - 1);
            }
            if (!scan.IsArabicWord(p) || scan.Cue(p) is CueKind.Verb or CueKind.Relay or CueKind.Participle
                || scan.IsStop(p) && !(scan.Norm(p) == "في" && p > k && (scan.IsDefinite(p + 1) || scan.NameAt(p + 1) is not null)))
            {
                break;
            }
            if (p > k && PersonAt(scan, p, last, afterTitle: false) is { } person && IsNameStartAfterComplement(scan, p))
            {
                return (person, p - 1);
            }
        }
        return (null, k - 1);
    }

    // After a complement, a given name starts the name unless it is glued to a preposition or conjunction.
    private static bool IsNameStartAfterComplement(SourceScan scan, int p) =>
        !ArabicFunctionWords.IsDefinite(scan.Norm(p)) || scan.NameAt(p) is not null;

    // Without a given name: the complement is a catalogue body or a run of definite words ("باسم الوحدات الكردية").
    private static int ComplementEnd(SourceScan scan, int k, int last)
    {
        if (k > last || !scan.IsArabicWord(k))
        {
            return k - 1;
        }
        if (scan.Norm(k) == "باسم")
        {
            var end = ComplementEnd(scan, k + 1, last);
            return end > k ? end : k - 1;
        }
        if (scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person)
        {
            return Math.Max(listed.Last, Organisations.ChainEnd(scan, listed.Last, last));
        }
        if (scan.RoleAt(k) is { } nested && nested.Last > k - 1 && scan.Lexicon.Head(scan.Norm(k), clitics: false) == HeadKind.None)
        {
            // "المتحدث باسم الأمين العام للأمم المتحدة": the complement is itself an office.
            var after = nested.Last + 1;
            return scan.NameAt(after) is { } body && body.Value.Entry.Kind != SourceKind.Person ? body.Last : nested.Last;
        }
        if (scan.IsStop(k) || scan.Cue(k) != CueKind.None || !(scan.IsDefinite(k) || scan.Lexicon.Head(scan.Norm(k), clitics: true) != HeadKind.None))
        {
            return k - 1;
        }
        return Organisations.ChainEnd(scan, k, last);
    }

    private static int Adjectives(SourceScan scan, int k, int last, List<string> nationalities)
    {
        while (k <= last && scan.IsArabicWord(k))
        {
            var norm = scan.Norm(k);
            if (scan.IsDefinite(k) && scan.Lexicon.Nationality(norm) is { } nationality)
            {
                nationalities.Add(nationality);
            }
            else if (!(scan.IsDefinite(k) && ArabicFunctionWords.IsTitleAdjective(norm)))
            {
                break;
            }
            k++;
        }
        return k;
    }

    // Ranks and honorifics after a title: "الناطق باسم الجيش العميد خالد الأمين", "الخبير الاقتصادي الدكتور سالم".
    private static int Ranks(SourceScan scan, int k, int last)
    {
        while (k <= last && scan.IsDefinite(k) && scan.RoleAt(k) is { } rank && NeedsName(rank.Value))
        {
            k = rank.Last + 1;
        }
        return k;
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Field Marshal", "General", "Lieutenant General", "Major General", "Brigadier", "Colonel", "Lieutenant Colonel", "Major",
        "Captain", "First Lieutenant", "Lieutenant", "Admiral", "Marshal", "Dr.", "Prof.", "Sheikh", "Sheikha", "Sayyed", "Ayatollah",
        "Grand Ayatollah", "Hajj", "Mr.", "Mrs.", "Ms.", "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col.", "Lt. Col.", "Maj.",
        "Capt.", "Lt.", "Sgt.", "Adm.", "Rear Adm.", "Vice Adm.", "Sen.", "Rep.",
        "citizen", "student", "driver", "trader", "farmer", "employee", "engineer", "survivor", "businessman", "businesswoman",
        "soldier", "worker", "prisoner", "victim", "refugee", "displaced resident", "doctor", "lawyer", "activist", "journalist",
        "writer", "researcher", "professor", "academic", "expert", "analyst", "economist", "commentator", "historian",
        "correspondent", "officer", "member", "imam", "official", "senior official", "diplomat", "reporter", "editor", "columnist",
        "fellow", "senior fellow", "surgeon", "strategist", "political analyst", "military analyst", "military expert",
    };

    /// <summary>Ranks, honorifics and plain descriptions ("Colonel", "Dr.", "citizen") name nobody without a name.</summary>
    private static bool NeedsName(string role) => Honorifics.Contains(role);

    private static string Compose(string role, List<string> nationalities, string? body)
    {
        var nation = string.Join(' ', nationalities.Distinct(StringComparer.Ordinal).Where(n => !role.StartsWith(n + " ", StringComparison.Ordinal)));
        string title;
        if (body is not null)
        {
            var bare = role.EndsWith(" for", StringComparison.Ordinal) || role.EndsWith(" of", StringComparison.Ordinal) ? role[..role.LastIndexOf(' ')] : role;
            title = $"{body} {bare}";
        }
        else
        {
            title = role;
        }
        return nation.Length > 0 ? $"{nation} {title}" : title;
    }

    private static bool IsEnglishNationality(SourceScan scan, int k) =>
        scan.Norm(k) is "u" or "us" or "uk" or "un" or "american" or "british" or "french" or "german" or "russian" or "chinese" or "turkish"
            or "iranian" or "israeli" or "palestinian" or "egyptian" or "saudi" or "emirati" or "qatari" or "kuwaiti" or "iraqi" or "syrian"
            or "lebanese" or "jordanian" or "libyan" or "yemeni" or "sudanese" or "tunisian" or "algerian" or "moroccan" or "kurdish"
            or "european" or "arab" or "western" or "gulf" or "ukrainian" or "indian" or "pakistani" or "afghan" or "omani" or "bahraini";

    private static int TrieNext(SourceScan scan, int k, int last)
    {
        var next = NameTrie<string>.NextWord(scan.Text, k, last);
        return next < 0 ? k + 1 : next;
    }

    private static TrieMatch<CatalogueName>? OrgAfter(SourceScan scan, int k, int last)
    {
        var at = scan.Norm(k) == "the" ? k + 1 : k;
        return at <= last && scan.NameAt(at) is { } listed && listed.Value.Entry.Kind != SourceKind.Person ? listed : null;
    }
}
