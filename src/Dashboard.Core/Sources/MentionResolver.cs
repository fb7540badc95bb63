using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Turns what the rules found into mentions: one mention per span, a surname resolved to the person named in full
/// ("قال كارتر" → Ash Carter), an anaphor to the source it points back at ("وقالت الوزارة", "وأوضح المسؤول"), an office
/// to the one person who holds it in the text, and one name per source so its mentions can be counted.
/// </summary>
internal static class MentionResolver
{
    public static List<Found> Resolve(SourceScan scan, List<Found> found, List<Found> people, List<Found> bodies)
    {
        var accepted = Deduplicate(scan, found);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            Remember(scan, person, surnames);
        }
        var resolved = new List<Found>();
        var promoted = new List<Found>();
        foreach (var f in accepted)
        {
            var r = f.Shape switch
            {
                Shape.Anaphor => Antecedent(scan, f, resolved, people, bodies, surnames, promoted),
                Shape.Person or Shape.Unlisted or Shape.Anonymous or Shape.TitleOnly => Named(scan, f, names),
                _ => f,
            };
            if (r is null)
            {
                continue;
            }
            if (r.Kind == SourceKind.Person && r.Shape is Shape.Entity or Shape.Person)
            {
                Remember(scan, r, surnames);
            }
            resolved.Add(r);
        }
        // A body first named in passing and then quoted as "the ministry" is a source from its first naming.
        foreach (var body in promoted.Where(b => !resolved.Any(r => r.Start < b.End && b.Start < r.End)))
        {
            resolved.Add(Named(scan, body, names));
        }
        resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MergeOffices(resolved, people);
    }

    // Credits and statements found first win a span; later overlapping finds are the same words read again.
    private static List<Found> Deduplicate(SourceScan scan, List<Found> found)
    {
        var covered = new bool[scan.Text.Text.Length + 1];
        var kept = new List<Found>();
        foreach (var f in found)
        {
            if (f.End <= f.Start)
            {
                continue;
            }
            var free = true;
            for (var c = f.Start; c < f.End && free; c++)
            {
                free = !covered[c];
            }
            if (!free)
            {
                continue;
            }
            Array.Fill(covered, true, f.Start, f.End - f.Start);
            kept.Add(f);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static void Remember(SourceScan scan, Found person, Dictionary<string, string> surnames)
    {
        if (person.Last > person.First || person.Shape == Shape.Entity)
        {
            surnames[NameKeys.Word(scan.Norm(person.Last))] = person.Name;
            if (person.Shape == Shape.Entity)
            {
                surnames[LastWord(person.Name)] = person.Name;
            }
        }
    }

    private static Found? Antecedent(
        SourceScan scan, Found anaphor, List<Found> resolved, List<Found> people, List<Found> bodies, Dictionary<string, string> surnames, List<Found> promoted)
    {
        if (anaphor.Kind == SourceKind.Person && anaphor.Title is null && !anaphor.Anonymous)
        {
            var key = anaphor.Head ?? string.Empty;
            if (surnames.TryGetValue(key, out var full))
            {
                return anaphor with { Name = full, Shape = Shape.Person };
            }
            // A word that is also a given name ("أحمد", "الحبيب") is not a catalogue person's surname on its own.
            return !scan.Lexicon.IsGivenName(scan.Norm(anaphor.First)) && scan.Catalogue.PersonBySurname(key) is { } listed
                ? anaphor with { Name = listed.Name, Shape = Shape.Entity }
                : null;
        }
        // The nearest earlier source or named body the anaphor fits: "وكانت وزارة الحج ... وأعلنت الوزارة".
        var quoted = resolved.LastOrDefault(r => r.Start < anaphor.Start && Points(anaphor, r));
        var body = anaphor.Kind == SourceKind.Person ? null : bodies.LastOrDefault(b => b.Start < anaphor.Start && Points(anaphor, b));
        if ((body is not null && (quoted is null || body.Start > quoted.Start) ? body : quoted) is { } earlier)
        {
            var name = earlier == body && body.Shape == Shape.Unlisted && scan.Aliases.TryGetValue(scan.Key(body.First, body.Last, body.Start), out var alias) ? alias : earlier.Name;
            if (earlier == body)
            {
                promoted.Add(body with { Name = name });
            }
            return anaphor with { Name = name, Kind = earlier.Kind, Shape = earlier.Shape, Anonymous = earlier.Anonymous, Title = earlier.Title };
        }
        if (anaphor.Title is not null && people.LastOrDefault(p => p.Start < anaphor.Start && p.Head == anaphor.Head) is { } holder)
        {
            // An office held by a person the text names but does not quote ("ويحضر الوزير X ... وقال الوزير").
            return anaphor with { Name = holder.Name, Shape = Shape.Person, Title = holder.Title };
        }
        // English names a source by "the prime minister" or "the army" even when it was not named before.
        if (scan.IsLatinWord(anaphor.First) && scan.Norm(anaphor.First) == "the")
        {
            return anaphor with { Name = EnglishPhrases.Clean(scan.Text.Text[anaphor.Start..anaphor.End]), Shape = anaphor.Title is null ? Shape.Unlisted : Shape.TitleOnly };
        }
        // So does Arabic for the state's institutions: "وقال الجيش في بيان", "وأعلنت الحكومة".
        return anaphor.Kind == SourceKind.Organization && anaphor.Head is "جيش" or "حكومه" or "رئاسه" or "برلمان" or "شرطه"
            ? anaphor with { Shape = Shape.Unlisted }
            : null;
    }

    private static bool Points(Found anaphor, Found earlier)
    {
        if (anaphor.Anonymous)
        {
            return earlier.Anonymous && earlier.Head == anaphor.Head;
        }
        if (anaphor.Title is not null)
        {
            return earlier.Kind == SourceKind.Person && !earlier.Anonymous && earlier.Head == anaphor.Head;
        }
        if (earlier.Kind == SourceKind.Person)
        {
            return false;
        }
        return earlier.Head == anaphor.Head
            || anaphor.Head is { } word && earlier.Name.Contains(word, StringComparison.OrdinalIgnoreCase) && IsLatin(word);
    }

    // One name per source: later spellings of an unlisted name take the first one's name.
    private static Found Named(SourceScan scan, Found f, Dictionary<string, string> names)
    {
        var key = scan.Key(f.First, f.Last, f.Start);
        if (f.Shape == Shape.Unlisted && scan.Aliases.TryGetValue(key, out var alias))
        {
            return f with { Name = alias };
        }
        if (!names.TryGetValue(key, out var name))
        {
            names[key] = f.Name;
            return f;
        }
        return f with { Name = name };
    }

    // "قال وزير الدفاع الأمريكي الجديد" and "الوزير آشتون كارتر": an office held by exactly one named person is that person.
    private static List<Found> MergeOffices(List<Found> resolved, List<Found> people)
    {
        var named = resolved.Where(r => r.Kind == SourceKind.Person && r.Shape is Shape.Entity or Shape.Person && r.Head is not null)
            .Concat(people.Where(p => p.Head is not null))
            .ToList();
        return resolved.Select(r =>
        {
            if (r.Shape != Shape.TitleOnly || r.Head is null)
            {
                return r;
            }
            var holders = named.Where(p => p.Head == r.Head && (r.Complement is null || p.Complement is null || p.Complement == r.Complement))
                .Select(p => p.Name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return holders.Count == 1 ? r with { Name = holders[0], Shape = Shape.Person } : r;
        }).ToList();
    }

    private static string LastWord(string name)
    {
        var words = NameKeys.Words(name);
        return words.Length == 0 ? string.Empty : words[^1];
    }

    private static bool IsLatin(string word) => word.Length > 0 && word[0] < 128;
}
