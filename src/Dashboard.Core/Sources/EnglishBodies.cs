using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// English bodies: the words that make a capitalised name a body rather than a person ("Health Ministry", "Red Cross"), and
/// the bodies named by runs of capitalised words ("the Ministry of Hajj and Umrah", "Armed Conflict Location &amp; Event Data
/// Project (ACLED)") or by an owner and a body noun ("Saudi Arabia's energy ministry").
/// </summary>
internal static class EnglishBodies
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "ministry", "ministries", "council", "agency", "bank", "office", "organization", "organisation", "authority", "department",
        "army", "forces", "force", "committee", "commission", "company", "corporation", "corp", "group", "institute", "university",
        "foundation", "party", "movement", "front", "service", "services", "police", "court", "union", "association", "network",
        "observatory", "fund", "programme", "program", "center", "centre", "administration", "coalition", "guard", "command",
        "government", "parliament", "assembly", "cabinet", "presidency", "embassy", "mission", "directorate", "bureau", "board",
        "federation", "league", "society", "trust", "watch", "crescent", "cross", "brigades", "militia", "inc", "ltd", "llc",
        "exchange", "airways", "airlines", "media", "news", "television", "radio", "times", "post", "journal", "project", "initiative",
        "institution", "monitor", "forum", "consultancy", "firm", "group's", "ministry's", "co", "plc", "ag", "sa", "nv", "technologies",
        "holdings", "economics", "energy", "airports", "capital", "partners", "advisory", "consulting", "securities", "investments",
        "ratings", "systems", "solutions", "petroleum", "resources", "telecom", "industries", "enterprises", "analytics", "prefecture",
        "municipality", "governments", "companies", "agencies", "charity", "charities", "airline", "carrier", "syndicate", "chamber",
        "confederation", "club", "tribunal", "academy", "college", "hospital", "clinic", "laboratory", "alliance", "brigade",
        "corps", "navy", "secretariat",
    };

    private static readonly HashSet<string> Anaphoric = new(StringComparer.Ordinal)
    {
        "ministry", "agency", "organization", "organisation", "group", "company", "bank", "army", "military", "council", "office",
        "department", "authority", "observatory", "committee", "commission", "coalition", "movement", "fund",
    };

    public static bool HasBodyWord(SourceScan scan, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (Words.Contains(scan.Norm(t)))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsBodyWord(string norm) => Anaphoric.Contains(norm);

    public static bool IsBodyNoun(string norm) => Words.Contains(norm) || norm is "military" or "forces";

    /// <summary>A body named by capitalised words with a body word: "the Ministry of Economy", "The Sudan Doctors' Union".</summary>
    public static Found? Body(SourceScan scan, int t, int last)
    {
        var at = scan.Norm(t) == "the" ? t + 1 : t;
        var end = Run(scan, at, last);
        if (end >= at && !EnglishBodies.HasBodyWord(scan, at, end) && end + 1 <= last && scan.IsLatinWord(end + 1) && !scan.IsCapitalised(end + 1)
            && EnglishBodies.IsBodyNoun(scan.Norm(end + 1)) && !EnglishWords.IsPossessive(scan, end))
        {
            return scan.Span(at, end + 1, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization); // "The Emergency Lawyers group"
        }
        if (end >= at && !EnglishBodies.HasBodyWord(scan, at, end) && Owner(scan, at, end))
        {
            // "Saudi Arabia's energy ministry", "Israel's military", "the U.N. humanitarian office"
            var k = end + 1;
            var bodyEnd = -1;
            while (k <= last && k <= end + 3 && scan.IsLatinWord(k) && !scan.IsCapitalised(k)
                   && (EnglishWords.IsModifierWord(scan.Norm(k)) || EnglishBodies.IsBodyNoun(scan.Norm(k))))
            {
                bodyEnd = EnglishBodies.IsBodyNoun(scan.Norm(k)) ? k : bodyEnd;
                k++;
            }
            if (bodyEnd > end)
            {
                return scan.Span(at, bodyEnd, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization);
            }
        }
        if (end < at || !EnglishBodies.HasBodyWord(scan, at, end))
        {
            return null;
        }
        // "Pakistan's National Disaster Management Authority", "Dubai's Department of Economy": named without its owner.
        var owned = at < end && EnglishWords.IsPossessive(scan, at) && scan.IsCapitalised(at + 1);
        var found = scan.Span(at, end, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization,
            owned ? scan.Text.Text[scan.Tokens[at + 1].Start..scan.Tokens[end].End] : null);
        // "(ACLED)", "(SCTH)": a short name in brackets is the catalogue's name or another name for this body.
        if (scan.IsPunct(end + 1, '(') && end + 2 <= last && scan.IsLatinWord(end + 2))
        {
            var close = end + 3;
            if (scan.IsPunct(close, ')'))
            {
                if (scan.NameAt(end + 2) is { } listed && listed.Last == end + 2 && listed.Value.Entry.Kind != SourceKind.Person)
                {
                    return new Found(at, close, found.Start, scan.Tokens[close].End, listed.Value.Entry.Name, listed.Value.Entry.Kind, Shape.Entity);
                }
                scan.Aliases.TryAdd(scan.Key(end + 2, end + 2, scan.Tokens[end + 2].Start), found.Name);
                return found with { PhraseLast = close };
            }
        }
        return found;
    }

    /// <summary>The last token of a run of capitalised words joined by "of", "for", "and", "&amp;", "-" and "'".</summary>
    public static int Run(SourceScan scan, int t, int last)
    {
        if (t > last || !scan.IsCapitalised(t) || EnglishWords.IsPronoun(scan.Norm(t)) || !SpeakerNames.IsNameWord(scan, t) && !EnglishWords.IsAcronym(scan, t))
        {
            return -1;
        }
        var end = t;
        var k = t + 1;
        while (k <= last && !(EnglishWords.IsPossessive(scan, end) && end > t))
        {
            if ((scan.IsPunct(k, '\'') || scan.IsPunct(k, '’')) && scan.Tokens[k].Start == scan.Tokens[k - 1].End)
            {
                end = k++; // "Doctors' Union"
                continue;
            }
            if (scan.Tokens[k].Start == scan.Tokens[k - 1].End && (scan.Tokens[k].IsNumber || scan.IsLatinWord(k) && scan.Tokens[k - 1].IsNumber))
            {
                end = k++; // "G42", "Care4Calais"
                continue;
            }
            if (scan.IsPunct(k, '.') && scan.Tokens[k - 1].Length == 1 && scan.Tokens[k].Start == scan.Tokens[k - 1].End
                && k + 1 <= last && scan.IsCapitalised(k + 1) && scan.Tokens[k + 1].Length == 1 && scan.Tokens[k + 1].Start == scan.Tokens[k].End)
            {
                end = k + 1; // "U.N."
                k += 2;
                continue;
            }
            if (scan.IsPunct(k, '.') && scan.Tokens[k - 1].Length == 1 && scan.IsCapitalised(k - 1) && scan.Tokens[k].Start == scan.Tokens[k - 1].End
                && k + 1 <= last && scan.Tokens[k + 1].Start > scan.Tokens[k].End && SpeakerNames.IsNameWord(scan, k + 1))
            {
                k++; // the last dot of "U.S." before "State Department"
                continue;
            }
            if (scan.IsPunct(k, '-') && scan.Tokens[k].Start == scan.Tokens[k - 1].End && k + 1 <= last && scan.IsLatinWord(k + 1))
            {
                end = k + 1;
                k += 2;
                continue;
            }
            var joined = scan.IsLatinWord(k) && !scan.IsCapitalised(k) && EnglishWords.IsConnector(scan.Norm(k)) || scan.IsPunct(k, '&');
            if (joined)
            {
                var next = scan.Norm(k + 1) == "the" ? k + 2 : k + 1;
                if (next <= last && (SpeakerNames.IsNameWord(scan, next) || EnglishWords.IsAcronym(scan, next)))
                {
                    end = next;
                    k = next + 1;
                    continue;
                }
                break;
            }
            if (!SpeakerNames.IsNameWord(scan, k) && !EnglishWords.IsAcronym(scan, k))
            {
                break;
            }
            end = k++;
        }
        return end;
    }

    // Whose body it is: a possessive ("Israel's"), a nationality ("Iraqi") or a listed name ("U.N.").
    private static bool Owner(SourceScan scan, int at, int end) =>
        EnglishWords.IsPossessive(scan, end) || EnglishWords.IsNationality(scan.Norm(end)) || scan.NameAt(at) is { } listed && listed.Last == end;
}
