using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// English reports and their authors: "according to figures released by the UN", "a statement carried by the state news
/// agency ONA", "according to a PwC estimate", "The figures, released by the health ministry".
/// </summary>
internal static class EnglishReports
{
    private static readonly HashSet<string> Carriers = new(StringComparer.Ordinal)
    {
        "carried", "published", "released", "issued", "broadcast", "aired", "cited", "quoted", "posted", "compiled", "distributed",
    };

    // Report nouns that may follow their author's name: "a PwC estimate", "Anadolu Agency (AA) data".
    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
    {
        "estimate", "estimates", "report", "reports", "survey", "study", "data", "analysis", "figures", "forecast", "forecasts", "poll",
        "tally", "count", "statement", "calculations", "assessment", "research", "statistics", "projections", "index", "note",
    };

    private static readonly HashSet<string> ReportLeads = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "statement", "statements", "report", "reports", "figures", "data", "estimates", "estimate", "tally", "count",
        "survey", "study", "analysis", "from", "by", "released", "published", "issued", "compiled", "new", "latest", "official", "its",
        "preliminary", "recent", "monthly", "annual", "weekly", "to", "their", "his", "her", "separate", "joint", "carried", "state",
    };

    public static bool IsCarrier(string norm) => Carriers.Contains(norm);

    // "according to figures released by the UN", "citing two sources familiar with the matter"
    public static void Lead(SourceScan scan, int t, int last, List<Found> found)
    {
        var limit = Math.Min(last, t + 5);
        for (var k = t; k <= limit; k++)
        {
            if (Author(scan, k, last) is { } author)
            {
                found.Add(author);
                return;
            }
            if (EnglishPhrases.Parse(scan, k, last) is { } subject && subject.Shape != Shape.Anaphor)
            {
                found.Add(subject);
                return;
            }
            if (!scan.IsLatinWord(k) || !ReportLeads.Contains(scan.Norm(k)))
            {
                return;
            }
        }
    }

    public static bool ReportBefore(SourceScan scan, int first, int t)
    {
        for (var k = t - 1; k >= Math.Max(first, t - 3); k--)
        {
            if (scan.IsLatinWord(k) && (scan.Cue(k) == CueKind.Report || ReportNouns.Contains(scan.Norm(k))))
            {
                return true;
            }
        }
        return false;
    }

    // "according to a PwC estimate", "according to Anadolu Agency (AA) data": the name before a report noun is its author.
    private static Found? Author(SourceScan scan, int k, int last)
    {
        if (!scan.IsCapitalised(k))
        {
            return null;
        }
        var listed = scan.NameAt(k) is { } match && match.Last <= last && match.Value.Entry.Kind != SourceKind.Person ? match : (TrieMatch<CatalogueName>?)null;
        var end = listed?.Last ?? EnglishBodies.Run(scan, k, last);
        if (end < k)
        {
            return null;
        }
        var after = end + 1;
        if (scan.IsPunct(after, '(') && scan.IsPunct(after + 2, ')'))
        {
            after += 3;
        }
        if (after > last || !ReportNouns.Contains(scan.Norm(after)) || scan.IsCapitalised(after))
        {
            return null;
        }
        return listed is { } entity ? scan.Entity(entity) : scan.Span(k, end, scan.Tokens[k].Start, Shape.Unlisted, SourceKind.Organization);
    }
}
