using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Reads the phrase that names a source where one is expected (after a speech verb, after بحسب or "according to",
/// before a verb): a catalogue name, a title and name, an anonymous source, an unlisted organisation, a quoted
/// name, or an unknown person's name.
/// </summary>
internal static class Phrases
{
    public static Found? Arabic(SourceScan scan, int t, int last)
    {
        if (t > last || t >= scan.Count)
        {
            return null;
        }
        if (scan.IsPunct(t))
        {
            return Organisations.Quoted(scan, t, last, SourceKind.Organization);
        }
        if (!scan.IsArabicWord(t))
        {
            return scan.IsLatinWord(t) ? EnglishPhrases.Parse(scan, t, last) : null;
        }
        // An ordinary word that is also a paper's name ("البيان", "الوطن") is not read as the paper here.
        var listed = scan.NameAt(t) is { Value.Weak: false } match ? match : (TrieMatch<CatalogueName>?)null;
        var role = scan.RoleAt(t);
        var anonymous = scan.AnonymousAt(t);
        var listedLast = listed?.Last ?? -1;
        var anonymousLast = anonymous?.Last ?? -1;
        if (role is { } r && r.Last >= listedLast && (r.Last > anonymousLast || r.Last == anonymousLast && scan.IsDefinite(t))
            && Titles.Arabic(scan, t, last) is { } titled)
        {
            return titled;
        }
        if (listed is { } entity && listedLast >= anonymousLast)
        {
            return Extend(scan, scan.Entity(entity), last);
        }
        if (anonymous is not null && AnonymousSources.Arabic(scan, t, last) is { } unnamed)
        {
            return unnamed;
        }
        if ((Organisations.Unlisted(scan, t, last) ?? Organisations.Outlet(scan, t, last)) is { } body)
        {
            return body;
        }
        if (scan.Aliases.TryGetValue(scan.Key(t, t, scan.Tokens[t].Start), out var alias))
        {
            // "بحسب آفاد": the short name the text gave a body earlier ("رئاسة إدارة الكوارث والطوارئ التركية (آفاد)").
            return scan.Span(t, t, scan.Tokens[t].Start, Shape.Unlisted, SourceKind.Organization, alias);
        }
        if (ArabicApposition.NameEnd(scan, t, last) is var apposed and >= 0)
        {
            return scan.Span(t, apposed, scan.Tokens[t].Start, Shape.Person, SourceKind.Person);
        }
        var person = Titles.PersonAt(scan, t, last, afterTitle: false);
        // A single name is a surname or a first name standing for someone the text names in full.
        return person is { Shape: Shape.Person } && person.First == person.Last ? Surname(scan, t) : person ?? Surname(scan, t);
    }

    /// <summary>A lone surname ("وقال كارتر"): resolved later against the people the text names.</summary>
    private static Found? Surname(SourceScan scan, int t)
    {
        if (!scan.IsArabicWord(t) || scan.IsStop(t) || scan.Cue(t) != CueKind.None || scan.Lexicon.IsNotSpeaker(scan.Norm(t)))
        {
            return null;
        }
        return scan.Span(t, t, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Person) with { Head = NameKeys.Word(scan.Norm(t)) };
    }

    // "وكالة الأنباء السورية الرسمية (سانا)", "الهلال الأحمر التركي": adjectives and a bracketed short name belong to the name.
    private static Found Extend(SourceScan scan, Found found, int last)
    {
        var k = found.Last + 1;
        var end = found.Last;
        while (k <= last && scan.IsArabicWord(k) && scan.IsDefinite(k) && ArabicFunctionWords.IsNisba(scan.Norm(k)) && !scan.IsStop(k))
        {
            end = k++;
        }
        if (scan.IsPunct(k, '(') && scan.NameAt(k + 1) is { } inner && inner.Value.Entry == scan.NameAt(found.First)?.Value.Entry && scan.IsPunct(inner.Last + 1, ')'))
        {
            end = inner.Last + 1;
        }
        return end == found.Last ? found : found with { Last = end, End = scan.Tokens[end].End, PhraseLast = end };
    }
}
