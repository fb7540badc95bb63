using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Titles that introduce a speaker: "الناطق باسم البنتاغون بيتر كوك" is Peter Cook, titled Pentagon spokesman;
/// "وزير الداخلية التركي" with no name is a person known by office; a bare "الوزير" points back at one.
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
        var definite = scan.IsDefinite(role.Last); // "وزير الداخلية" is definite through its last word
        var k = Adjectives(scan, role.Last + 1, last, nationalities, definite);
        var adjectivesEnd = k - 1;
        k = Ranks(scan, k, last);
        var head = RoleHead(scan.HeadOf(t, role.Start));
        // A title in the construct state ("والي وان", "سفير مصر") is followed by its complement whatever the word looks like.
        var construct = role.First == role.Last && !scan.IsDefinite(t) && k == role.Last + 1;
        var (person, complementLast) = construct && k + 1 <= last && scan.IsArabicWord(k) && PersonAt(scan, k + 1, last, afterTitle: false) is { } afterOne
            && scan.NameAt(k) is null && !scan.Lexicon.IsGivenName(scan.Norm(k))
            ? (afterOne, k)
            : NameAfter(scan, k, last, complete: role.Last > role.First && definite);
        var complement = complementLast >= k ? (First: k, Last: complementLast) : (First: -1, Last: -1);
        if (person is null && complementLast < k)
        {
            complementLast = construct && scan.IsArabicWord(k) && !scan.IsStop(k) && scan.Cue(k) == CueKind.None && !scan.IsDefinite(k)
                ? Organisations.ChainEnd(scan, k, last) // "سفير مصر", "والي وان"
                : ComplementEnd(scan, k, last);
            if (complementLast >= k && head == "متحدث" && !NamesBody(scan, k))
            {
                complementLast = k - 1; // "ودعا المتحدث المواطنين": a spokesman's complement names a body
            }
            if (complementLast >= k)
            {
                complement = (k, complementLast);
                var after = Ranks(scan, Adjectives(scan, complementLast + 1, last, nationalities, definite: true), last);
                person = PersonAt(scan, after, last, afterTitle: true);
            }
        }
        if (person is null && complement.First < 0)
        {
            // "الخبير الاقتصادي الفلسطيني ماهر الطويل"; a first word the list does not know needs a clear end, or
            // "أعلن وزير النفط زيادة الإنتاج" reads an object as a name.
            person = PersonAt(scan, k, last, afterTitle: true) is { } named
                && (scan.Lexicon.IsGivenName(scan.Norm(named.First)) || ArabicApposition.ClosedEnd(scan, k, last, strict: true) >= named.Last)
                ? named
                : null;
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
                Office = role.Last > role.First ? role.Value : null,
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
            Office = role.Last > role.First ? role.Value : null,
            Complement = complementKey,
        };
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
    private static (Found? Person, int ComplementLast) NameAfter(SourceScan scan, int k, int last, bool complete = false)
    {
        if (PersonAt(scan, k, last, afterTitle: false) is { } direct)
        {
            return (direct, k - 1);
        }
        // After a title complete with its complement ("وزير المالية"), plain words are a name: "جبريل إبراهيم".
        if (complete && ArabicApposition.ClosedEnd(scan, k, last, strict: true) is var end and > 0)
        {
            return (scan.Span(k, end, scan.Tokens[k].Start, Shape.Person, SourceKind.Person), k - 1);
        }
        var limit = Math.Min(last, k + ComplementReach);
        for (var p = k; p <= limit; p++)
        {
            if (scan.IsPunct(p, '،') || scan.IsPunct(p, ','))
            {
                // "منسق الطوارئ في المنظمة، ماتيو لوران،", "رئيس الهيئة، فاروق بوعسكر،": a name set off by commas.
                return (PersonAt(scan, p + 1, last, afterTitle: false) ?? ClosedName(scan, p + 1, last, apposed: true)) is { } apposed ? (apposed, p - 1) : (null, k - 1);
            }
            if (p > k && scan.IsDefinite(p) && scan.RoleAt(p) is { } rank && IsRank(rank.Value))
            {
                // "رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان": a rank before the name.
                if (PersonAt(scan, rank.Last + 1, last, afterTitle: false) is { } ranked)
                {
                    return (ranked, p - 1);
                }
                p = rank.Last;
                continue;
            }
            if (scan.Norm(p) == "في" && WorkPlace(scan, p + 1, last) is { } place)
            {
                // "المحلل في شركة «رايستاد إنرجي» يورغ موركن": where the speaker works, then the name.
                var after = place.End2 + 1;
                if ((PersonAt(scan, after, last, afterTitle: true) ?? ClosedName(scan, after, last)) is { } worker)
                {
                    return (worker, after - 1);
                }
                p = after - 1;
                continue;
            }
            if (!scan.IsArabicWord(p) || scan.Cue(p) is CueKind.Verb or CueKind.VerbThat or CueKind.Relay or CueKind.Participle
                || scan.IsStop(p) && !(scan.Norm(p) == "في" && (scan.IsDefinite(p + 1) || scan.NameAt(p + 1) is not null)))
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

    private static bool NamesBody(SourceScan scan, int k) =>
        scan.Norm(k) == "باسم" || scan.Norm(k - 1) == "باسم" || scan.Lexicon.Head(scan.Norm(k), clitics: true) != HeadKind.None
        || scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person;

    // A name the given-name list does not know, closed by a comma, "إن" or a verb: "كلاوديو ديسكالزي، إن".
    private static Found? ClosedName(SourceScan scan, int t, int last, bool apposed = false)
    {
        var end = ArabicApposition.ClosedEnd(scan, t, last, apposed: apposed);
        // Set off by commas the name must end at the second comma: "، الفاتح قرشي،".
        return end >= 0 && (!apposed || scan.IsPunct(end + 1, '،') || scan.IsPunct(end + 1, ',') || !scan.IsDefinite(t))
            ? scan.Span(t, end, scan.Tokens[t].Start, Shape.Person, SourceKind.Person)
            : null;
    }

    // A body a speaker works for: "شركة «رايستاد إنرجي»", "البنك الدولي", "جامعة القاهرة".
    private static Found? WorkPlace(SourceScan scan, int t, int last)
    {
        if (t > last)
        {
            return null;
        }
        if (Organisations.Quoted(scan, t, last, SourceKind.Organization) is { } quoted)
        {
            return quoted;
        }
        if (scan.NameAt(t) is { } listed && listed.Value.Entry.Kind != SourceKind.Person)
        {
            return scan.Entity(listed);
        }
        return Organisations.Unlisted(scan, t, last) is { Shape: not Shape.Anaphor } body ? body : null;
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

    // Adjectives agree with the title: "الوزير الأمريكي", "وزير إسرائيلي".
    private static int Adjectives(SourceScan scan, int k, int last, List<string> nationalities, bool definite)
    {
        while (k <= last && scan.IsArabicWord(k) && scan.IsDefinite(k) == definite)
        {
            var norm = scan.Norm(k);
            if (scan.Lexicon.Nationality(norm) is { } nationality)
            {
                nationalities.Add(nationality);
            }
            else if (!ArabicFunctionWords.IsTitleAdjective(norm))
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
        while (k <= last && scan.IsDefinite(k) && scan.RoleAt(k) is { } rank && IsRank(rank.Value))
        {
            k = rank.Last + 1;
        }
        return k;
    }

    // Ranks and honorifics stand between a title and a name; descriptions ("player", "citizen") do not ("وكيل اللاعب").
    private static readonly HashSet<string> RankTitles = new(StringComparer.Ordinal)
    {
        "Field Marshal", "General", "Lieutenant General", "Major General", "Brigadier", "Colonel", "Lieutenant Colonel", "Major",
        "Captain", "First Lieutenant", "Lieutenant", "Admiral", "Marshal", "Dr.", "Prof.", "Sheikh", "Sheikha", "Sayyed", "Ayatollah",
        "Grand Ayatollah", "Hajj", "Hajja", "Mr.", "Mrs.", "Ms.", "engineer", "doctor", "professor", "imam", "H.E.", "His Highness",
        "His Royal Highness", "His Highness Sheikh", "His Eminence",
    };

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
        "fellow", "senior fellow", "surgeon", "strategist", "political analyst", "military analyst", "military expert", "coach",
        "player", "forward", "goalkeeper", "head coach", "Hajja", "H.E.", "His Highness", "His Royal Highness", "His Highness Sheikh", "His Eminence", "teacher", "nurse", "fisherman", "vendor", "housewife", "pensioner",
    };

    /// <summary>Ranks, honorifics and plain descriptions ("Colonel", "Dr.", "citizen") name nobody without a name.</summary>
    public static bool NeedsName(string role) => Honorifics.Contains(role);

    private static bool IsRank(string role) => RankTitles.Contains(role);

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
}
