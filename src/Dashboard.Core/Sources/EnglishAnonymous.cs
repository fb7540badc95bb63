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
            if (scan.AnonymousAt(k) is { } match && match.Last <= last)
            {
                if (IsCommentator(match.Value) && scan.Norm(match.Last + 1) is "at" or "with" or "from" && Firm(scan, match.Last + 2, last) is { } firm)
                {
                    return firm; // "Analysts at JPMorgan said": the firm is the source
                }
                var name = EnglishWords.Clean(scan.Text.Text[scan.Tokens[described].Start..scan.Tokens[match.Last].End]);
                return scan.Span(t, match.Last, scan.Tokens[t].Start, Shape.Anonymous, AnonymousSources.KindOf(match.Value), name) with
                {
                    Anonymous = true,
                    Head = match.Value,
                };
            }
            if (!EnglishWords.IsModifier(scan, k) && !(scan.Norm(k) == "of" && k > described && scan.IsCapitalised(k + 1)))
            {
                return null;
            }
            k = EnglishWords.Next(scan, k, last);
        }
        return null;
    }

    private static bool IsCommentator(string name) =>
        name is "analysts" or "analyst" or "economists" or "economist" or "experts" or "expert" or "strategists" or "strategist";

    private static Found? Firm(SourceScan scan, int k, int last)
    {
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
