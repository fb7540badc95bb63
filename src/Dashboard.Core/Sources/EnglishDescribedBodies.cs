using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// English bodies named by what they are: a name after its kind ("the charity Care4Calais", "the state news agency ONA",
/// "Israeli daily Haaretz"), and bodies written in lower case ("the finance ministry", "the two governments",
/// "the prefecture of Pas-de-Calais").
/// </summary>
internal static class EnglishDescribedBodies
{
    private const int MaxDescribers = 3;

    // Kinds of body whose name may follow them.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "agency", "newspaper", "daily", "weekly", "broadcaster", "television", "channel", "tv", "outlet", "website", "site", "wire", "network",
        "group", "charity", "company", "firm", "carrier", "airline", "consultancy", "bank", "lender", "insurer", "watchdog", "regulator",
        "monitor", "developer", "operator", "organisation", "organization", "ngo", "nonprofit", "association", "union", "party", "movement",
        "marketer", "refiner", "supplier", "utility", "conglomerate", "fund", "think", "tank", "institute", "consultancy", "researcher",
        "magazine", "publication", "portal", "platform", "producer", "exporter", "miner", "giant", "maker", "manufacturer", "startup",
    };

    // Words that may describe a kind: "state news agency", "pan-Arab daily", "aid group", "rights group".
    private static readonly HashSet<string> Describers = new(StringComparer.Ordinal)
    {
        "news", "state", "official", "semi-official", "state-run", "state-owned", "independent", "private", "public", "online", "local",
        "rights", "aid", "relief", "medical", "humanitarian", "monitoring", "research", "advocacy", "campaign", "lobby", "opposition",
        "ruling", "tech", "technology", "oil", "energy", "mining", "shipping", "investment", "property", "real-estate", "ratings",
        "rating", "credit", "budget", "low-cost", "national", "international", "regional", "global", "financial", "business",
        "pan-arab", "arabic-language", "english-language", "daily", "french", "israeli", "british", "american", "turkish", "german",
    };

    /// <summary>"the charity Care4Calais", "the state news agency ONA": the name that follows its kind.</summary>
    public static Found? AfterKind(SourceScan scan, int t, int last)
    {
        var k = scan.Norm(t) is "the" or "a" or "an" ? t + 1 : t;
        var kind = -1;
        for (var m = 0; m <= MaxDescribers && k <= last && scan.IsLatinWord(k); m++, k++)
        {
            var norm = scan.Norm(k);
            if (Kinds.Contains(norm) && (k + 1 > last || !Kinds.Contains(scan.Norm(k + 1)) || scan.IsCapitalised(k + 1)))
            {
                kind = k;
                break;
            }
            if (!(Describers.Contains(norm) || EnglishWords.IsNationality(norm) || EnglishWords.IsModifierWord(norm)))
            {
                return null;
            }
        }
        if (kind < 0 || kind + 1 > last || !scan.IsCapitalised(kind + 1) && !EnglishWords.IsAcronym(scan, kind + 1))
        {
            return null;
        }
        var at = kind + 1;
        if (scan.NameAt(at) is { } listed && listed.Last <= last && listed.Value.Entry.Kind != SourceKind.Person)
        {
            return scan.Entity(listed);
        }
        var end = EnglishBodies.Run(scan, at, last);
        return end >= at ? scan.Span(at, end, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization) : null;
    }

    /// <summary>"the finance ministry", "the two governments", "the prefecture of Pas-de-Calais": a body in lower case.</summary>
    public static Found? LowerCase(SourceScan scan, int t, int last)
    {
        if (scan.Norm(t) != "the")
        {
            return null;
        }
        var k = t + 1;
        var described = false;
        while (k <= last && k <= t + MaxDescribers && scan.IsLatinWord(k) && !scan.IsCapitalised(k)
               && (EnglishWords.IsModifierWord(scan.Norm(k)) || scan.Norm(k) is "two" or "three" or "both" || IsNationalityWord(scan, k))
               && !EnglishBodies.IsBodyWord(scan.Norm(k)))
        {
            described = true;
            k++;
        }
        if (k > last || !scan.IsLatinWord(k) || scan.IsCapitalised(k) || !EnglishBodies.IsBodyNoun(scan.Norm(k)) && !IsGenericKind(scan.Norm(k)))
        {
            return null;
        }
        if (scan.Norm(t + 1) is "two" or "both" && k == t + 2 && PluralKinds.Contains(scan.Norm(k)))
        {
            // "the two companies announced": the two organisations named just before.
            return scan.Span(t, k, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Organization) with { Head = Pair };
        }
        if (described && IsGenericKind(scan.Norm(k)) && !(k + 1 <= last && scan.Norm(k + 1) is "of" or "for"))
        {
            // "the state oil giant": a company named before, or else known by the description.
            return scan.Span(t, k, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Organization) with { Head = scan.Norm(k) };
        }
        var end = k;
        // "the prefecture of Pas-de-Calais", "the ministry of health"
        if (k + 2 <= last && scan.Norm(k + 1) is "of" or "for" && EnglishBodies.Run(scan, k + 2, last) is var run and >= 0)
        {
            end = run;
            described = true;
        }
        if (!described)
        {
            return null;
        }
        var name = EnglishWords.Clean(scan.Text.Text[scan.Tokens[t].Start..scan.Tokens[end].End]);
        return scan.Span(t, end, scan.Tokens[t].Start, Shape.Unlisted, SourceKind.Organization, name) with { Head = scan.Norm(k) };
    }

    // Kinds a text uses to point back at a company or group it has named: "the company", "the state oil giant".
    private static readonly HashSet<string> GenericKinds = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "giant", "carrier", "airline", "producer", "exporter", "lender", "insurer", "operator", "developer",
        "maker", "manufacturer", "miner", "conglomerate", "marketer", "refiner", "utility", "investor", "startup", "retailer", "bank",
    };

    public static bool IsGenericKind(string norm) => GenericKinds.Contains(norm) || norm == Pair;

    /// <summary>The head of "the two companies": it points back at two bodies.</summary>
    public const string Pair = "*two";

    private static readonly HashSet<string> PluralKinds = new(StringComparer.Ordinal)
    {
        "companies", "firms", "groups", "banks", "carriers", "airlines", "lenders", "producers", "sides", "organisations", "organizations",
        "agencies", "exchanges", "funds",
    };

    private static bool IsNationalityWord(SourceScan scan, int k) => EnglishWords.IsNationality(scan.Norm(k));
}
