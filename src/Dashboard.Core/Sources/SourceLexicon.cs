using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>What a cue word does: a speech verb, a relay verb ("نقلت ... عن"), "according to", a report noun, a filler.</summary>
internal enum CueKind
{
    None,
    Verb,

    /// <summary>A verb that is a speech verb only with what was said after it ("أضاف ... أن", not "أضافت بندا").</summary>
    VerbThat,
    Relay,
    Participle,
    According,
    Report,
    Filler,
    Byline,
}

/// <summary>What an organisation head noun introduces: an organisation, only a qualifier ("مصدر في المعارضة"), or an outlet.</summary>
internal enum HeadKind
{
    None,
    Organization,
    Qualifier,
    Outlet,

    /// <summary>A correspondent or envoy of an outlet ("مراسل الجزيرة"): the outlet is a source wherever it appears.</summary>
    Correspondent,
}

/// <summary>
/// The word lists the source extractor reads (Sources/Data): speech cues in Arabic and English, given names,
/// organisation heads, nationality adjectives, words that never start a speaker's name, and ambiguous names.
/// </summary>
internal sealed class SourceLexicon
{
    private static readonly string[] ObjectSuffixes = ["هما", "هم", "ها", "ه"];

    private readonly Dictionary<string, CueKind> arabicCues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CueKind> englishCues = new(StringComparer.Ordinal);
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeadKind> heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nationalities = new(StringComparer.Ordinal);
    private readonly HashSet<string> notSpeakers = new(StringComparer.Ordinal);

    // The report nouns as they stand in the cues and without their ال: a stem read off a word matches either.
    private readonly HashSet<string> reportStems = new(StringComparer.Ordinal);

    public SourceLexicon()
    {
        foreach (var row in CatalogueData.Rows("cues_ar.tsv"))
        {
            arabicCues.TryAdd(TextNormalizer.Normalize(row[0]), ParseCue(row[1]));
        }
        foreach (var (cue, _) in arabicCues.Where(c => c.Value == CueKind.Report))
        {
            reportStems.Add(cue);
            if (cue.StartsWith("ال", StringComparison.Ordinal))
            {
                reportStems.Add(cue[2..]);
            }
        }
        foreach (var row in CatalogueData.Rows("cues_en.tsv"))
        {
            englishCues.TryAdd(TextNormalizer.Normalize(row[0]), ParseCue(row[1]));
        }
        foreach (var word in CatalogueData.Words("given_names_ar.txt"))
        {
            givenNames.Add(TextNormalizer.Normalize(word));
        }
        foreach (var row in CatalogueData.Rows("org_heads.tsv"))
        {
            heads.TryAdd(NameKeys.Word(TextNormalizer.Normalize(row[0])), row[1] switch
            {
                "org" => HeadKind.Organization,
                "qualifier" => HeadKind.Qualifier,
                "correspondent" => HeadKind.Correspondent,
                _ => HeadKind.Outlet,
            });
        }
        foreach (var row in CatalogueData.Rows("nationalities.tsv"))
        {
            var stem = NameKeys.Word(TextNormalizer.Normalize(row[0]));
            nationalities.TryAdd(stem, row[1]);
            nationalities.TryAdd(stem + "ه", row[1]);
        }
        foreach (var word in CatalogueData.Words("not_speakers.txt"))
        {
            var norm = TextNormalizer.Normalize(word);
            notSpeakers.Add(norm);
            notSpeakers.Add(NameKeys.Word(norm));
        }
        foreach (var line in CatalogueData.Lines("ambiguous.txt"))
        {
            var weak = line.StartsWith('~');
            var key = NameKeys.Joined(weak ? line[1..] : line);
            Ambiguous.Add(key);
            if (weak)
            {
                Weak.Add(key);
            }
        }
    }

    /// <summary>Catalogue names (keyed) that need a source context.</summary>
    public HashSet<string> Ambiguous { get; } = new(StringComparer.Ordinal);

    /// <summary>Ambiguous names that are ordinary words: a speech verb before them is not context enough.</summary>
    public HashSet<string> Weak { get; } = new(StringComparer.Ordinal);

    /// <summary>The cue an Arabic word is, with و or ف in front and an object pronoun behind ("وأضافت", "نشرها").</summary>
    public CueKind ArabicCue(string norm)
    {
        if (arabicCues.TryGetValue(norm, out var kind))
        {
            return kind;
        }
        if (norm.Length > 3 && norm[0] is 'و' or 'ف' && arabicCues.TryGetValue(norm[1..], out kind) && kind != CueKind.Filler)
        {
            return kind;
        }
        // "نشرها", "ونشرها", and "وصفته", whose و is the verb's own first letter.
        foreach (var stem in norm.Length > 3 && norm[0] is 'و' or 'ف' ? [norm[1..], norm] : (string[])[norm])
        {
            foreach (var suffix in ObjectSuffixes)
            {
                if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal)
                    && arabicCues.TryGetValue(stem[..^suffix.Length], out kind) && kind is CueKind.Verb or CueKind.VerbThat or CueKind.Relay)
                {
                    return kind;
                }
            }
        }
        return CueKind.None;
    }

    /// <summary>A report noun with its clitics: "بيانات", "البيان", "لبيانات", "وتقديرات".</summary>
    public bool IsReportNoun(string norm) => ArabicPrefixes.Readings(norm).Any(r => reportStems.Contains(r.Stem));

    /// <summary>"official results", "government figures": a noun that makes the word before it an adjective.</summary>
    public bool IsEnglishReportNoun(string norm) => englishCues.TryGetValue(norm, out var kind) && kind == CueKind.Report
        || norm is "results" or "figures" or "estimates" or "statistics" or "tally" or "count" or "documents" or "records" or "numbers"
            or "reports" or "statements" or "census" or "sources";

    public CueKind EnglishCue(string norm) => englishCues.TryGetValue(norm, out var kind) ? kind : CueKind.None;

    public bool IsGivenName(string norm) => givenNames.Contains(norm);

    /// <summary>The head noun kind of a word read without clitics ("وزارة", "بمجلس", "الهيئة").</summary>
    public HeadKind Head(string norm, bool clitics)
    {
        if (heads.TryGetValue(NameKeys.Word(norm), out var kind))
        {
            return kind;
        }
        if (!clitics)
        {
            return HeadKind.None;
        }
        foreach (var (prefix, stem) in ArabicPrefixes.Readings(norm))
        {
            if (prefix > 0 && heads.TryGetValue(NameKeys.Word(stem), out kind))
            {
                return kind;
            }
        }
        return HeadKind.None;
    }

    /// <summary>The English adjective of a nationality word ("التركي" → Turkish, "الأممية" → UN), or null.</summary>
    public string? Nationality(string norm) => nationalities.GetValueOrDefault(NameKeys.Word(norm));

    public bool IsNotSpeaker(string norm) => notSpeakers.Contains(norm) || notSpeakers.Contains(NameKeys.Word(norm));

    private static CueKind ParseCue(string kind) => kind switch
    {
        "verb" => CueKind.Verb,
        "verb_that" => CueKind.VerbThat,
        "relay" => CueKind.Relay,
        "participle" => CueKind.Participle,
        "according" => CueKind.According,
        "report" => CueKind.Report,
        "filler" => CueKind.Filler,
        "byline" => CueKind.Byline,
        _ => CueKind.None,
    };
}
