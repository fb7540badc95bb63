using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// The English phrase that names a source: a catalogue name, a body ("the Ministry of Hajj and Umrah",
/// "Armed Conflict Location &amp; Event Data Project (ACLED)"), a title with or without a name ("Defense Secretary Ash
/// Carter", "A Houthi spokesman", "the UN's humanitarian coordinator for Sudan"), an anonymous source ("a senior
/// Interior Ministry official"), or a capitalised name.
/// </summary>
internal static class EnglishPhrases
{
    public static Found? Parse(SourceScan scan, int t, int last)
    {
        if (t > last || !scan.IsLatinWord(t) || EnglishWords.IsPronoun(scan.Norm(t)))
        {
            return null;
        }
        if (EnglishDescribedBodies.AfterKind(scan, t, last) is { } afterKind)
        {
            return afterKind;
        }
        var titled = EnglishTitles.Title(scan, t, last);
        var body = EnglishBodies.Body(scan, t, last);
        var at = scan.Norm(t) == "the" ? t + 1 : t;
        // "The New York Times": a listed name may hold its article.
        var listed = scan.NameAt(at) is { } match && match.Last <= last ? match : (TrieMatch<CatalogueName>?)null;
        if (at > t && scan.NameAt(t) is { } withArticle && withArticle.Last <= last && withArticle.Last >= (listed?.Last ?? -1))
        {
            listed = withArticle;
        }
        if (body is not null && (titled is null || body.End2 >= titled.End2) && (listed is null || body.Last > listed.Value.Last))
        {
            // "Lebanese police": the anonymous-source list knows it.
            return body.Shape == Shape.Unlisted && EnglishAnonymous.Anonymous(scan, t, last) is { } listedUnnamed && listedUnnamed.End2 >= body.End2 ? listedUnnamed : body;
        }
        // "a senior US official": an office with no name is an anonymous source when the list knows it as one.
        if (titled is { Shape: Shape.TitleOnly or Shape.Anaphor } && EnglishAnonymous.Anonymous(scan, t, last) is { } unnamedOffice && unnamedOffice.End2 >= titled.End2)
        {
            return unnamedOffice;
        }
        if (titled is not null)
        {
            return titled;
        }
        if (listed is { } owner && EnglishWords.IsPossessive(scan, owner.Last) && SpeakerNames.English(scan, owner.Last + 1, last) > owner.Last + 1)
        {
            // "Al Jazeera's Hiba Morgan": the person, titled by the outlet.
            var nameEnd = SpeakerNames.English(scan, owner.Last + 1, last);
            return scan.Span(owner.Last + 1, nameEnd, scan.Tokens[owner.Last + 1].Start, Shape.Person, SourceKind.Person) with { Title = owner.Value.Entry.Name };
        }
        if (listed is { } firm && firm.Value.Entry.Kind != SourceKind.Person && firm.Last + 1 <= last
            && scan.Norm(firm.Last + 1) is "analysts" or "economists" or "strategists" or "researchers" or "experts")
        {
            return scan.Entity(firm) with { PhraseLast = firm.Last + 1 }; // "Goldman Sachs analysts said": the bank speaks
        }
        if (listed is { } entity)
        {
            // "Fitch Solutions", "UN Assistance Mission": a listed name inside a longer one is not that body.
            var run = EnglishBodies.Run(scan, at, last);
            return run > entity.Last && entity.Value.Entry.Kind != SourceKind.Person && scan.IsCapitalised(entity.Last + 1)
                ? scan.Span(at, run, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization)
                : scan.Entity(entity);
        }
        if (EnglishAnonymous.Anonymous(scan, t, last) is { } unnamed)
        {
            return unnamed;
        }
        if (EnglishDescribedBodies.LowerCase(scan, t, last) is { } lowerCase)
        {
            return lowerCase;
        }
        if (scan.Norm(t) == "the" && EnglishBodies.IsBodyWord(scan.Norm(t + 1)) && !scan.IsCapitalised(t + 1) && t + 1 <= last)
        {
            // "the ministry said": a body already named, or else known by that word.
            return scan.Span(t, t + 1, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Organization) with { Head = scan.Norm(t + 1) };
        }
        var end = SpeakerNames.English(scan, at, last);
        if (end < at)
        {
            return null;
        }
        return end > at
            ? scan.Span(at, end, scan.Tokens[at].Start, Shape.Person, SourceKind.Person)
            : scan.Span(at, end, scan.Tokens[at].Start, Shape.Anaphor, SourceKind.Person) with { Head = scan.Norm(at) };
    }
}
