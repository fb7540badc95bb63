using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>English anonymous sources with their description: "a senior Interior Ministry official", "Austrian police", "two sources familiar with the matter".</summary>
internal static class EnglishAnonymous
{
    /// <summary>An anonymous source with its description: "a senior Interior Ministry official", "Austrian police".</summary>
    public static Found? Anonymous(SourceScan scan, int t, int last)
    {
        var k = t;
        while (k <= last && k < t + 2 && (scan.IsLatinWord(k) && EnglishWords.IsDeterminer(scan.Norm(k)) || scan.Tokens[k].IsNumber) && scan.AnonymousAt(k) is null)
        {
            k++;
        }
        var described = k;
        for (var m = 0; m <= EnglishWords.MaxModifiers && k <= last; m++)
        {
            if (scan.AnonymousAt(k) is { } match && match.Last <= last && !scan.Lexicon.IsEnglishReportNoun(scan.Norm(match.Last + 1)))
            {
                if (IsCommentator(match.Value) && scan.Norm(match.Last + 1) is "at" or "with" or "from" && Firm(scan, match.Last + 2, last) is { } firm)
                {
                    return firm; // "Analysts at JPMorgan said": the firm is the source
                }
                var end = Knowing(scan, match.Last + 1, last) is var knowing and >= 0 ? knowing : match.Last;
                var name = EnglishWords.Clean(scan.Text.Text[scan.Tokens[described].Start..scan.Tokens[end].End]);
                return scan.Span(t, end, scan.Tokens[t].Start, Shape.Anonymous, AnonymousSources.KindOf(match.Value), name) with
                {
                    Anonymous = true,
                    Head = match.Value,
                };
            }
            if (scan.Norm(k) is "people" or "person" or "persons" or "sources" or "source" or "officials" or "insiders" && Knowing(scan, k + 1, last) is var knows and >= 0)
            {
                // "people familiar with the project": the list holds "the matter"; what they know varies.
                var knowing = EnglishWords.Clean(scan.Text.Text[scan.Tokens[described].Start..scan.Tokens[knows].End]);
                return scan.Span(t, knows, scan.Tokens[t].Start, Shape.Anonymous, SourceKind.Person, knowing) with { Anonymous = true, Head = scan.Norm(k) };
            }
            if (!EnglishWords.IsModifier(scan, k) && !(scan.Norm(k) == "of" && k > described && scan.IsCapitalised(k + 1)))
            {
                return null;
            }
            k = EnglishWords.Next(scan, k, last);
        }
        return null;
    }

    // "familiar with the project", "close to the negotiations", "briefed on the talks", "with knowledge of the plans": what they know.
    private static int Knowing(SourceScan scan, int k, int last)
    {
        var lead = scan.Norm(k) switch
        {
            "familiar" when scan.Norm(k + 1) == "with" => 2,
            "close" when scan.Norm(k + 1) == "to" => 2,
            "briefed" when scan.Norm(k + 1) == "on" => 2,
            "involved" when scan.Norm(k + 1) == "in" => 2,
            "knowledgeable" when scan.Norm(k + 1) == "about" => 2,
            "with" when scan.Norm(k + 1) == "knowledge" && scan.Norm(k + 2) == "of" => 3,
            "with" when scan.Norm(k + 1) == "direct" && scan.Norm(k + 2) == "knowledge" && scan.Norm(k + 3) == "of" => 4,
            _ => 0,
        };
        if (lead == 0)
        {
            return -1;
        }
        var j = k + lead;
        if (scan.Norm(j) is "the" or "his" or "her" or "their" or "its" or "this")
        {
            j++;
        }
        var end = -1;
        for (var n = 0; n < 3 && j <= last && scan.IsLatinWord(j) && !EnglishWords.IsFunctionWord(scan.Norm(j)) && scan.Cue(j) == CueKind.None; n++, j++)
        {
            end = j;
        }
        return end;
    }

    private static bool IsCommentator(string name) =>
        name is "analysts" or "analyst" or "economists" or "economist" or "experts" or "expert" or "strategists" or "strategist" or "observers"
            or "election observers" or "foreign observers" or "monitors" or "researchers" or "scientists" or "inspectors" or "investigators";

    private static Found? Firm(SourceScan scan, int k, int last)
    {
        if (scan.Norm(k) == "the" && scan.NameAt(k) is null)
        {
            k++;
        }
        if (k > last)
        {
            return null;
        }
        if (scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && listed.Last <= last)
        {
            return scan.Entity(listed);
        }
        var end = EnglishBodies.Run(scan, k, last);
        return end >= k ? scan.Span(k, end, scan.Tokens[k].Start, Shape.Unlisted, SourceKind.Organization) : null;
    }
}
