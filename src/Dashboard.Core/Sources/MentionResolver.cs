using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Turns what the rules found into mentions: one mention per span, a surname resolved to the person named in full
/// ("قال كارتر" → Ash Carter), an anaphor to the source it points back at ("وقالت الوزارة", "وأوضح المسؤول"), an office
/// to the one person who holds it in the text, and one name per source so its mentions can be counted. Works in text
/// order with lookups keyed by head word, so it stays linear in the number of mentions.
/// </summary>
internal sealed class MentionResolver
{
    // The state's institutions, named by their English word when the text names them by their function only.
    private static readonly Dictionary<string, string> StateBodies = new(StringComparer.Ordinal)
    {
        ["جيش"] = "army", ["حكومه"] = "government", ["رئاسه"] = "presidency", ["برلمان"] = "parliament", ["شرطه"] = "police",
        ["سلطات"] = "authorities", ["وزاره"] = "ministry",
    };

    private readonly SourceScan scan;
    private readonly List<Found> people;
    private readonly List<Found> bodies;
    private readonly Dictionary<string, string> surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Found> earlierSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Found> earlierBodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Found> earlierPeople = new(StringComparer.Ordinal);
    private readonly List<Found> promoted = [];
    private int nextBody;
    private Found? latestBody;
    private Found? previousBody;
    private HashSet<string>? lowerCaseWords;
    private readonly HashSet<Found> quotedBodies = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Found> promotedBodies = new(ReferenceEqualityComparer.Instance);
    private int nextPerson;

    private MentionResolver(SourceScan scan, List<Found> people, List<Found> bodies)
    {
        this.scan = scan;
        this.people = people.OrderBy(p => p.Start).ToList();
        this.bodies = bodies.OrderBy(b => b.Start).ToList();
    }

    public static List<Found> Resolve(SourceScan scan, List<Found> found, List<Found> people, List<Found> bodies) =>
        new MentionResolver(scan, people, bodies).Run(found);

    private List<Found> Run(List<Found> found)
    {
        var accepted = Deduplicate(found, out var covered);
        foreach (var person in people)
        {
            Remember(person);
        }
        var resolved = new List<Found>();
        foreach (var f in accepted)
        {
            Advance(f.Start);
            var r = f.Shape switch
            {
                Shape.Anaphor => Antecedent(f),
                Shape.Person or Shape.Unlisted or Shape.Anonymous or Shape.TitleOnly => Named(f),
                _ => f,
            };
            if (r is null)
            {
                continue;
            }
            if (r.Kind == SourceKind.Person && r.Shape is Shape.Entity or Shape.Person)
            {
                Remember(r);
            }
            foreach (var key in Keys(r))
            {
                earlierSources[key] = r;
            }
            NoteBody(r, quoted: true);
            resolved.Add(r);
        }
        // A body first named in passing and then quoted as "the ministry" is a source from its first naming.
        foreach (var body in promoted)
        {
            if (Free(covered, body))
            {
                Array.Fill(covered, true, body.Start, body.End - body.Start);
                resolved.Add(Named(body));
            }
        }
        resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MergeOffices(resolved);
    }

    // Credits and statements found first win a span; later overlapping finds are the same words read again.
    private List<Found> Deduplicate(List<Found> found, out bool[] covered)
    {
        covered = new bool[scan.Text.Text.Length + 1];
        var kept = new List<Found>();
        foreach (var f in found)
        {
            if (f.End > f.Start && Free(covered, f))
            {
                Array.Fill(covered, true, f.Start, f.End - f.Start);
                kept.Add(f);
            }
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool Free(bool[] covered, Found f)
    {
        for (var c = f.Start; c < f.End; c++)
        {
            if (covered[c])
            {
                return false;
            }
        }
        return true;
    }

    // Bodies and people named before this point become possible antecedents.
    private void Advance(int start)
    {
        while (nextBody < bodies.Count && bodies[nextBody].Start < start)
        {
            foreach (var key in Keys(bodies[nextBody]))
            {
                earlierBodies[key] = bodies[nextBody];
            }
            NoteBody(bodies[nextBody], quoted: false);
            nextBody++;
        }
        while (nextPerson < people.Count && people[nextPerson].Start < start)
        {
            if (people[nextPerson].Head is { } head)
            {
                earlierPeople[head] = people[nextPerson];
            }
            nextPerson++;
        }
    }

    private void Remember(Found person)
    {
        if (person.Last > person.First)
        {
            // "Xi Jinping" is "Xi" later; a first name shared by two people points at neither.
            var first = NameKeys.Word(scan.Norm(person.First));
            givenNames[first] = givenNames.TryGetValue(first, out var other) && other != person.Name ? null : person.Name;
        }
        if (person.Last > person.First || person.Shape == Shape.Entity)
        {
            surnames[NameKeys.Word(scan.Norm(person.Last))] = person.Name;
            if (person.Shape == Shape.Entity)
            {
                surnames[LastWord(person.Name)] = person.Name;
            }
        }
    }

    // What an anaphor may look a source up by: an anonymous source's head, an office's head, a body's head or name words.
    private static IEnumerable<string> Keys(Found f)
    {
        if (f.Anonymous)
        {
            if (f.Head is not null)
            {
                yield return "anonymous:" + f.Head;
            }
            yield break;
        }
        if (f.Kind == SourceKind.Person)
        {
            if (f.Head is not null)
            {
                yield return "office:" + f.Head;
            }
            yield break;
        }
        if (f.Head is not null)
        {
            yield return "body:" + f.Head;
        }
        if (IsLatin(f.Name))
        {
            foreach (var word in NameKeys.Words(f.Name))
            {
                yield return "body:" + word;
            }
        }
    }

    private Found? Antecedent(Found anaphor)
    {
        var head = anaphor.Head ?? string.Empty;
        if (anaphor.Kind == SourceKind.Person && anaphor.Title is null && !anaphor.Anonymous)
        {
            if (surnames.TryGetValue(head, out var full))
            {
                return anaphor with { Name = full, Shape = Shape.Person };
            }
            // A word that is also a given name ("أحمد", "الحبيب") is not a catalogue person's surname on its own.
            if (!scan.Lexicon.IsGivenName(scan.Norm(anaphor.First)) && scan.Catalogue.PersonBySurname(head) is { } listed)
            {
                return anaphor with { Name = listed.Name, Shape = Shape.Entity };
            }
            if (givenNames.TryGetValue(head, out var named) && named is not null)
            {
                return anaphor with { Name = named, Shape = Shape.Person };
            }
            // "BP said", "Emirates said": a capitalised word no one in the text is named by is a body's short name.
            return scan.IsCapitalised(anaphor.First) && anaphor.First == anaphor.Last && !scan.Lexicon.IsNotSpeaker(head) && !IsCommonWord(head)
                ? anaphor with { Name = scan.Written(anaphor.First), Shape = Shape.Unlisted, Kind = SourceKind.Organization }
                : null;
        }
        var key = (anaphor.Anonymous ? "anonymous:" : anaphor.Kind == SourceKind.Person ? "office:" : "body:") + head;
        var quoted = earlierSources.GetValueOrDefault(key);
        var body = anaphor.Kind == SourceKind.Person ? null : earlierBodies.GetValueOrDefault(key);
        // The nearest earlier source or named body the anaphor fits: "وكانت وزارة الحج ... وأعلنت الوزارة".
        if ((body is not null && (quoted is null || body.Start > quoted.Start) ? body : quoted) is { } earlier)
        {
            var name = earlier.Name;
            if (earlier == body)
            {
                name = body.Shape == Shape.Unlisted && scan.Aliases.TryGetValue(scan.Key(body.First, body.Last, body.Start), out var alias) ? alias : name;
                promoted.Add(body with { Name = name });
            }
            return anaphor with { Name = name, Kind = earlier.Kind, Shape = earlier.Shape, Anonymous = earlier.Anonymous, Title = earlier.Title };
        }
        if (anaphor.Title is not null && earlierPeople.TryGetValue(head, out var holder))
        {
            // An office held by a person the text names but does not quote ("ويحضر الوزير X ... وقال الوزير").
            return anaphor with { Name = holder.Name, Shape = Shape.Person, Title = holder.Title };
        }
        // "the company", "the state oil giant": a kind of body points back at the nearest organisation named before.
        if (anaphor.Kind == SourceKind.Organization && scan.IsLatinWord(anaphor.First) && EnglishDescribedBodies.IsGenericKind(head)
            && latestBody is { } nearest && (head != EnglishDescribedBodies.Pair || previousBody is not null))
        {
            Promote(nearest);
            if (head == EnglishDescribedBodies.Pair && previousBody is { } other)
            {
                Promote(other); // both are sources, each at its own name
            }
            return anaphor with { Name = nearest.Name, Kind = nearest.Kind, Shape = nearest.Shape };
        }
        // English names a source by "the prime minister" or "the army" even when it was not named before.
        if (scan.IsLatinWord(anaphor.First) && scan.Norm(anaphor.First) == "the")
        {
            return anaphor with { Name = EnglishWords.Clean(scan.Text.Text[anaphor.Start..anaphor.End]), Shape = anaphor.Title is null ? Shape.Unlisted : Shape.TitleOnly };
        }
        // So does Arabic for the state's institutions: "وقال الجيش في بيان", "وأعلنت الحكومة".
        return anaphor.Kind == SourceKind.Organization && StateBodies.TryGetValue(head, out var english)
            ? anaphor with { Shape = Shape.Unlisted, Name = english }
            : null;
    }

    // A word the text also writes in lower case ("Markets expect ...", "markets fell") is a common noun, not a name.
    private bool IsCommonWord(string norm)
    {
        if (norm is "markets" or "prices" or "data" or "figures" or "results" or "polls" or "surveys" or "estimates" or "reports" or "forecasters"
            or "stocks" or "shares" or "bonds" or "yields" or "futures" or "sales" or "exports" or "imports")
        {
            return true;
        }
        if (lowerCaseWords is null)
        {
            lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < scan.Count; t++)
            {
                if (scan.IsLatinWord(t) && !scan.IsCapitalised(t))
                {
                    lowerCaseWords.Add(scan.Norm(t));
                }
            }
        }
        return lowerCaseWords.Contains(norm);
    }

    private void NoteBody(Found f, bool quoted)
    {
        if (quoted)
        {
            quotedBodies.Add(f);
        }
        if (f.Kind == SourceKind.Organization && !f.Anonymous && f.Shape is Shape.Entity or Shape.Unlisted && (latestBody is null || f.Start >= latestBody.Start))
        {
            if (latestBody is not null && latestBody.Name != f.Name)
            {
                previousBody = latestBody;
            }
            latestBody = f;
        }
    }

    private void Promote(Found body)
    {
        if (!quotedBodies.Contains(body) && promotedBodies.Add(body))
        {
            promoted.Add(body);
        }
    }

    // One name per source: later spellings of an unlisted name take the first one's name.
    private Found Named(Found f)
    {
        var key = scan.Key(f.First, f.Last, f.Start);
        if (f.Shape == Shape.Unlisted && scan.Aliases.TryGetValue(key, out var alias))
        {
            return f with { Name = alias };
        }
        // "وقال ترامب، الرئيس الأمريكي السابق": one word set off as a name may still be a surname the text or catalogue knows.
        if (f.Shape == Shape.Person && f.First == f.Last && !scan.Lexicon.IsGivenName(scan.Norm(f.First)))
        {
            if (surnames.TryGetValue(key, out var full))
            {
                return f with { Name = full };
            }
            if (scan.Catalogue.PersonBySurname(key) is { } listed)
            {
                return f with { Name = listed.Name, Shape = Shape.Entity };
            }
        }
        if (!names.TryGetValue(key, out var name))
        {
            names[key] = f.Name;
            return f;
        }
        return f with { Name = name };
    }

    // "قال وزير الدفاع الأمريكي الجديد" and "الوزير آشتون كارتر": an office held by exactly one named person is that person.
    private List<Found> MergeOffices(List<Found> resolved)
    {
        var holders = new Dictionary<string, HashSet<(string Name, string? Complement, string? Office)>>(StringComparer.Ordinal);
        foreach (var p in resolved.Where(r => r.Kind == SourceKind.Person && r.Shape is Shape.Entity or Shape.Person).Concat(people))
        {
            if (p.Head is { } head)
            {
                if (!holders.TryGetValue(head, out var set))
                {
                    holders[head] = set = [];
                }
                set.Add((p.Name, p.Complement, p.Office));
            }
        }
        return resolved.Select(r =>
        {
            if (r.Shape != Shape.TitleOnly || r.Head is null || !holders.TryGetValue(r.Head, out var set))
            {
                return r;
            }
            // Offices must agree: a bare "الوزير" fits any minister, "وزير الدفاع" is not "وزير الخارجية".
            var fitting = set.Where(p => (r.Complement is null || p.Complement is null || p.Complement == r.Complement)
                    && (r.Office is null || p.Office is null || p.Office == r.Office) && !OtherPresidency(r, p))
                .Select(p => p.Name)
                .Distinct(StringComparer.Ordinal)
                .Take(2)
                .ToList();
            return fitting.Count == 1 ? r with { Name = fitting[0], Shape = Shape.Person } : r;
        }).ToList();
    }

    // "رئيس" heads many offices: a bare "الرئيس" (the president) is not "رئيس الهيئة" or "رئيس الوزراء".
    private static bool OtherPresidency(Found office, (string Name, string? Complement, string? Office) holder) =>
        office.Head == "رئيس" && (office.Office is null) != (holder.Office is null)
        && !(office.Office ?? holder.Office ?? string.Empty).Contains("president", StringComparison.Ordinal);

    private static string LastWord(string name)
    {
        var words = NameKeys.Words(name);
        return words.Length == 0 ? string.Empty : words[^1];
    }

    private static bool IsLatin(string word) => word.Length > 0 && word[0] < 128;
}
