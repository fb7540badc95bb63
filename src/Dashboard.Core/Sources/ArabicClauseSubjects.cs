using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Arabic verbs with no subject of their own that share one: a verb inside the sentence ("طلبت الوزارة ...، وأعلنت أنها")
/// and a participle closing a clause ("نظمت جبهة الخلاص وقفة احتجاجية، معتبرة أن").
/// </summary>
internal static class ArabicClauseSubjects
{
    private const int ClauseReach = 40;

    /// <summary>
    /// "طلبت وزارة الاقتصاد من المواطنين ...، وأعلنت أنها ..." and "قرر البنك ... في خطوة قال إنها ...": a speech verb
    /// with no subject of its own, inside the sentence, shares the subject of the verb that opens the sentence.
    /// </summary>
    public static Found? Shared(SourceScan scan, int first, int verb, int last)
    {
        if (verb + 1 > last || !(scan.Norm(verb + 1) is "ان" or "انه" or "انها" or "انهم" || scan.IsPunct(verb + 1, ':')))
        {
            return null;
        }
        var head = first;
        if (scan.Norm(head) is "ومن" or "من" && scan.Norm(head + 1) is "جهته" or "جهتها" or "جانبه" or "جانبها" or "ناحيته" or "ناحيتها")
        {
            head += 2;
        }
        else if (scan.Norm(head) is "بدوره" or "بدورها" or "وبدوره" or "وبدورها")
        {
            head++;
        }
        if (scan.IsPunct(head, '،') || scan.IsPunct(head, ','))
        {
            head++;
        }
        if (head >= verb - 2 || !scan.IsArabicWord(head) || scan.IsStop(head) || scan.Cue(head) is not (CueKind.None or CueKind.Verb))
        {
            return null;
        }
        var subject = Phrases.Arabic(scan, Attributions.SkipFillers(scan, head + 1, verb - 1), verb - 1);
        return subject is { Shape: not Shape.Anaphor } or { Shape: Shape.Anaphor, Kind: SourceKind.Organization } ? subject : null;
    }

    /// <summary>The subject of the verb that opens the clause a participle closes: "بينما نظمت جبهة الخلاص ...، معتبرة".</summary>
    public static Found? OfParticiple(SourceScan scan, int first, int participle)
    {
        var reach = Math.Max(first, participle - ClauseReach);
        var start = reach == first ? first : -1;
        for (var k = participle - 1; k >= reach; k--)
        {
            if (scan.Norm(k) is "بينما" or "فيما" or "حين" or "حيث" or "كما" or "بعدما" or "عندما" or "اذ")
            {
                start = k + 1;
                break;
            }
        }
        if (start < 0)
        {
            return null; // a clause too long to read back is left alone
        }
        if (scan.Norm(start) is "ومن" or "من" && scan.Norm(start + 1) is "جهته" or "جهتها" or "جانبه" or "جانبها")
        {
            start += 2;
        }
        if (scan.IsPunct(start, '،') || scan.IsPunct(start, ','))
        {
            start++;
        }
        // The verb, then its subject: a body, a titled or named person, an anonymous source.
        if (start + 1 >= participle || !scan.IsArabicWord(start) || scan.IsStop(start) || scan.Cue(start) is not CueKind.None
            || scan.NameAt(start) is not null || scan.RoleAt(start) is not null || scan.AnonymousAt(start) is not null
            || scan.Lexicon.Head(scan.Norm(start), clitics: true) != HeadKind.None)
        {
            return null;
        }
        var subject = Phrases.Arabic(scan, Attributions.SkipFillers(scan, start + 1, participle - 1), participle - 1);
        return subject is { Shape: not Shape.Anaphor } || subject is { Shape: Shape.Anaphor } && subject.Kind != SourceKind.Person ? subject : null;
    }

    // A verb that opens its clause ("وأعلنت", "، أعلنت", "فيما أعلنت") has its subject after it.
    public static bool StartsClause(SourceScan scan, int first, int verb) =>
        verb == first || scan.IsPunct(verb - 1) || scan.IsStop(verb - 1) || scan.Cue(verb - 1) == CueKind.Filler || scan.Norm(verb)[0] is 'و' or 'ف';
}
