using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>English titles: "Defense Secretary Ash Carter", "Pentagon spokesman Peter Cook", "A Houthi spokesman", "the prime minister".</summary>
internal static class EnglishTitles
{
    /// <summary>A title, with the name that follows it or alone ("A Houthi spokesman", "the prime minister").</summary>
    public static Found? Title(SourceScan scan, int t, int last)
    {
        var k = t;
        var determined = scan.Norm(k) is "the" or "a" or "an";
        if (determined)
        {
            k++;
        }
        var described = false;
        for (var m = 0; m < EnglishWords.MaxModifiers && k <= last && scan.RoleAt(k) is null; m++)
        {
            if (scan.NameAt(k) is { } body && body.Value.Entry.Kind != SourceKind.Person && body.Last < last)
            {
                k = body.Last + 1;
            }
            else if (scan.Tokens[k].IsNumber && scan.Norm(k + 2) == "year" && scan.Norm(k + 4) == "old" && k + 5 <= last)
            {
                k += 5; // "the 69-year-old president"
            }
            else if (EnglishWords.IsModifier(scan, k))
            {
                k = EnglishWords.Next(scan, k, last);
            }
            else
            {
                break;
            }
            described = true;
        }
        if (k > last || scan.RoleAt(k) is not { } role || role.Last > last)
        {
            return null;
        }
        k = AfterDot(scan, role.Last + 1);
        while (k <= last && scan.RoleAt(k) is { } more && more.Last <= last && !IsNameStart(scan, k, last))
        {
            k = AfterDot(scan, more.Last + 1);
        }
        // "coordinator for Sudan", "head of the EU observer mission"
        var complemented = false;
        if (k <= last && scan.Norm(k) is "for" or "of" or "at" && Complement(scan, k + 1, last) is var complementEnd and >= 0)
        {
            k = complementEnd + 1;
            complemented = true;
        }
        var titleLast = k - 1;
        var titleFirst = determined ? t + 1 : t;
        var title = EnglishWords.Clean(scan.Text.Text[scan.Tokens[titleFirst].Start..scan.Tokens[titleLast].End]);
        if (scan.IsPunct(k, ',') && k + 1 <= last && IsNameStart(scan, k + 1, last))
        {
            k++; // "Pentagon spokesman, Peter Cook"
        }
        if (k <= last && scan.NameAt(k) is { } person && person.Value.Entry.Kind == SourceKind.Person && person.Last <= last)
        {
            return scan.Entity(person) with { Title = title, PhraseLast = person.Last, Head = role.Value };
        }
        var nameEnd = SpeakerNames.English(scan, k, last);
        if (nameEnd >= k && !EnglishBodies.HasBodyWord(scan, k, nameEnd))
        {
            // The office's head lets "the president" later point back at "President Recep Tayyip Erdoğan".
            return scan.Span(k, nameEnd, scan.Tokens[k].Start, nameEnd > k ? Shape.Person : Shape.Anaphor, SourceKind.Person) with
            {
                Title = nameEnd > k ? title : null,
                Head = nameEnd > k ? role.Value : scan.Norm(k),
            };
        }
        if (!described && !complemented)
        {
            // "the prime minister said", "the spokesman added": someone named before, or known by office alone.
            return Titles.NeedsName(role.Value) || !determined
                ? null
                : scan.Span(t, role.Last, scan.Tokens[t].Start, Shape.Anaphor, SourceKind.Person) with { Head = role.Value, Title = title };
        }
        return Titles.NeedsName(role.Value) && !described
            ? null
            : new Found(t, titleLast, scan.Tokens[t].Start, scan.Tokens[titleLast].End, title, SourceKind.Person, Shape.TitleOnly) { Title = title, Head = role.Value };
    }

    // "Dr. Khalil": the dot of an abbreviated title.
    private static int AfterDot(SourceScan scan, int k) =>
        scan.IsPunct(k, '.') && k > 0 && scan.Tokens[k].Start == scan.Tokens[k - 1].End ? k + 1 : k;

    private static int Complement(SourceScan scan, int k, int last)
    {
        var at = scan.Norm(k) == "the" ? k + 1 : k;
        if (at > last)
        {
            return -1;
        }
        var end = scan.NameAt(at) is { } listed && listed.Value.Entry.Kind != SourceKind.Person ? listed.Last : EnglishBodies.Run(scan, at, last);
        if (end < at && scan.IsLatinWord(at) && !scan.IsCapitalised(at) && at > k && EnglishBodies.IsBodyNoun(scan.Norm(at)))
        {
            end = at; // "a spokesman for the ministry"
        }
        if (end < at)
        {
            return -1;
        }
        // "the EU observer mission": plain nouns may follow the name.
        var words = 0;
        while (end + 1 <= last && words < 3 && scan.IsLatinWord(end + 1) && !scan.IsCapitalised(end + 1) && scan.Cue(end + 1) == CueKind.None
               && !EnglishWords.IsFunctionWord(scan.Norm(end + 1)))
        {
            end++;
            words++;
        }
        return end;
    }

    private static bool IsNameStart(SourceScan scan, int k, int last) =>
        scan.NameAt(k) is { Value.Entry.Kind: SourceKind.Person } || SpeakerNames.English(scan, k, last) > k;
}
