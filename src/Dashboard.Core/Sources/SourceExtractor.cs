using System.Runtime.CompilerServices;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>Finds who information comes from: credits and attributions.</summary>
public sealed class SourceExtractor(SourceCatalogue catalogue)
{
    // Extract and NamedSpans are asked for the same text one after the other: read it once.
    private readonly ConditionalWeakTable<AnalyzedText, Result> results = new();

    public SourceCatalogue Catalogue { get; } = catalogue;

    public IReadOnlyList<SourceMention> Extract(AnalyzedText text) => Run(text).Mentions;

    /// <summary>Character spans of organisation, outlet and agency names anywhere in the text (places inside them are not places).</summary>
    public IReadOnlyList<(int Start, int End)> NamedSpans(AnalyzedText text) => Run(text).Spans;

    private Result Run(AnalyzedText text) => results.GetValue(text, Analyze);

    private Result Analyze(AnalyzedText text)
    {
        var scan = new SourceScan(text, Catalogue);
        var found = new List<Found>();
        Credits.Scan(scan, found);
        foreach (var sentence in text.Sentences)
        {
            Attributions.Scan(scan, sentence.FirstToken, sentence.LastToken, found);
            EnglishAttributions.Scan(scan, sentence.FirstToken, sentence.LastToken, found);
        }
        foreach (var sentence in text.Sentences)
        {
            Credits.ToldTo(scan, sentence.FirstToken, sentence.LastToken, found);
        }
        Credits.Anywhere(scan, found);
        var (people, bodies) = Named(scan);
        var resolved = MentionResolver.Resolve(scan, found, people, bodies);
        var mentions = resolved.Select(f => new SourceMention(text.Text[f.Start..f.End], f.Start, f.End, text.SentenceOf(f.First), f.Name, f.Kind)
        {
            Role = f.Role,
            Title = f.Title,
            Anonymous = f.Anonymous,
        }).ToList();
        return new Result(mentions, Spans(scan, resolved));
    }

    /// <summary>
    /// Everyone and every body the text names, quoted or not: what surnames, offices and anaphors ("وأعلنت الوزارة")
    /// resolve to.
    /// </summary>
    private static (List<Found> People, List<Found> Bodies) Named(SourceScan scan)
    {
        var people = new List<Found>();
        var bodies = new List<Found>();
        for (var t = 0; t < scan.Count; t++)
        {
            if (!scan.Tokens[t].IsWord)
            {
                continue;
            }
            var last = scan.SentenceLast(t);
            if (scan.RoleAt(t) is not null)
            {
                var titled = scan.IsArabicWord(t) ? Titles.Arabic(scan, t, last) : EnglishTitles.Title(scan, t, last);
                if (titled is { Kind: SourceKind.Person, Shape: Shape.Person or Shape.Entity })
                {
                    people.Add(titled);
                    continue;
                }
            }
            if (scan.NameAt(t) is { } listed && !listed.Value.Ambiguous)
            {
                (listed.Value.Entry.Kind == SourceKind.Person ? people : bodies).Add(scan.Entity(listed));
                t = listed.Last;
            }
            else if (scan.IsArabicWord(t) && Organisations.Unlisted(scan, t, last) is { Shape: Shape.Unlisted or Shape.Entity } body)
            {
                bodies.Add(body);
                t = body.Last;
            }
            else if (NamedPerson(scan, t, last) is { } person)
            {
                people.Add(person); // anyone named in full, so a later surname or first name finds them
                t = person.Last;
            }
        }
        return (people, bodies);
    }

    private static Found? NamedPerson(SourceScan scan, int t, int last)
    {
        if (scan.IsLatinWord(t))
        {
            var end = SpeakerNames.English(scan, t, last);
            for (var k = t; k <= end; k++)
            {
                if (EnglishWords.IsPossessive(scan, k) || scan.RoleAt(k) is not null)
                {
                    return null; // "Kuwait's Emir Sheikh Mishal": the title is read where it stands
                }
            }
            return end > t && !EnglishBodies.HasBodyWord(scan, t, end)
                ? scan.Span(t, end, scan.Tokens[t].Start, Shape.Person, SourceKind.Person)
                : null;
        }
        if (!scan.IsArabicWord(t) || !scan.Lexicon.IsGivenName(scan.Norm(t)) || scan.IsArabicWord(t - 1) && scan.Lexicon.IsGivenName(scan.Norm(t - 1)))
        {
            return null;
        }
        var last2 = SpeakerNames.Arabic(scan, t, last, afterTitle: false);
        return last2 > t ? scan.Span(t, last2, scan.Tokens[t].Start, Shape.Person, SourceKind.Person) : null;
    }

    private static List<(int Start, int End)> Spans(SourceScan scan, List<Found> resolved)
    {
        var spans = new List<(int Start, int End)>();
        for (var t = 0; t < scan.Count; t++)
        {
            if (scan.Tokens[t].IsWord && scan.NameAt(t) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && !listed.Value.Ambiguous)
            {
                spans.Add((listed.Start, listed.End));
                t = listed.Last;
            }
        }
        spans.AddRange(resolved.Where(f => f.Kind != SourceKind.Person).Select(f => (f.Start, f.End)));
        return spans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
    }

    private sealed record Result(IReadOnlyList<SourceMention> Mentions, IReadOnlyList<(int Start, int End)> Spans);
}
