namespace Dashboard.Core.Sources;

/// <summary>English words that make a capitalised name a body rather than a person ("Health Ministry", "Red Cross").</summary>
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
        "institution", "monitor", "forum", "consultancy", "firm", "group's", "ministry's",
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
}
