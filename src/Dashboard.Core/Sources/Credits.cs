using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>
/// Credits: photo and source lines ("مصدر الصورة Getty", "المصدر : وكالات", "Image source, Getty Images"),
/// agencies in brackets ("(أسوشيتد برس)", "(AP Photo/Cliff Owen, File)", "LONDON (Reuters) -"), datelines
/// ("القاهرة - أ ش أ", "بغداد / الصباح"), and the outlets a statement was given to ("لـ«الأهرام»", "told Reuters").
/// </summary>
internal static class Credits
{
    private const int DatelineSentences = 4;
    private const int DatelineTokens = 10;

    private static readonly HashSet<string> BylineWords = new(StringComparer.Ordinal)
    {
        "كتب", "كتبت", "بقلم", "اعداد", "تحرير", "تقرير", "ترجمه", "تصوير", "متابعه", "حوار", "تحقيق", "by", "reporting", "writing", "editing",
        "compiled", "photo", "photos",
    };

    private static readonly HashSet<char> Separators = ['-', '–', '—', '/', ':', '(', ')', '|', '،', ','];

    public static void Scan(SourceScan scan, List<Found> found)
    {
        foreach (var sentence in scan.Text.Sentences)
        {
            var first = sentence.FirstToken;
            var last = sentence.LastToken;
            if (LabelEnd(scan, first, last) is var label and >= 0)
            {
                AddListed(scan, label, last, found);
            }
            else if (sentence.Index < DatelineSentences && sentence.TokenCount <= DatelineTokens)
            {
                Dateline(scan, first, last, found);
            }
            Brackets(scan, first, last, found);
        }
    }

    /// <summary>Outlets and agencies named anywhere: an unambiguous name, or any outlet a correspondent works for ("مراسل الجزيرة").</summary>
    public static void Anywhere(SourceScan scan, List<Found> found)
    {
        for (var t = 0; t < scan.Count; t++)
        {
            if (!scan.Tokens[t].IsWord)
            {
                continue;
            }
            if (scan.NameAt(t) is { } listed && listed.Value.Entry.Kind is SourceKind.Agency or SourceKind.Outlet && !listed.Value.Ambiguous)
            {
                if (listed.Value.Entry.Kind == SourceKind.Agency || OnItsOwnLine(scan, listed.First, listed.Last))
                {
                    found.Add(scan.Entity(listed));
                }
                t = listed.Last;
            }
            else if (scan.IsArabicWord(t) && scan.Lexicon.Head(scan.Norm(t), clitics: true) == HeadKind.Correspondent
                && Organisations.Outlet(scan, t, scan.SentenceLast(t)) is { } outlet)
            {
                found.Add(outlet);
            }
        }
    }

    // "Al-Monitor Staff", "يورونيوز", "Khaleej Times": an outlet on a short line of its own signs the article.
    private static bool OnItsOwnLine(SourceScan scan, int first, int last)
    {
        var sentence = scan.Text.SentenceOfToken(first);
        return sentence.TokenCount <= DatelineTokens && EndsLine(scan, sentence.LastToken)
            && (sentence.FirstToken == 0 || StartsLine(scan, sentence.FirstToken));
    }

    private static bool StartsLine(SourceScan scan, int t)
    {
        var text = scan.Text.Text;
        for (var c = scan.Tokens[t].Start - 1; c >= 0; c--)
        {
            if (text[c] == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[c]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The outlet a statement was given to: "لـ«الأهرام»", "لبي بي سي", "لوكالة الأناضول", "told Reuters".</summary>
    public static void ToldTo(SourceScan scan, int first, int last, List<Found> found)
    {
        var speech = false;
        for (var t = first; t <= last && !speech; t++)
        {
            speech = scan.Cue(t) is CueKind.Verb or CueKind.VerbThat or CueKind.Relay or CueKind.Participle or CueKind.According;
        }
        if (!speech)
        {
            return;
        }
        for (var t = first; t <= last; t++)
        {
            if (scan.IsArabicWord(t) && scan.Norm(t) == "ل")
            {
                var told = Organisations.Quoted(scan, t + 1, last, SourceKind.Outlet)
                    ?? (scan.NameAt(t + 1) is { } named && IsMedia(named) ? scan.Entity(named) : null);
                if (told is not null && (told.Shape == Shape.Unlisted || told.Kind is SourceKind.Agency or SourceKind.Outlet))
                {
                    found.Add(told);
                }
            }
            else if (scan.IsArabicWord(t) && scan.Norm(t)[0] == 'ل')
            {
                if (scan.NameAt(t) is { } listed && listed.Start > scan.Tokens[t].Start && IsMedia(listed))
                {
                    found.Add(scan.Entity(listed));
                    t = listed.Last;
                }
            }
            else if (scan.IsLatinWord(t) && AddresseeAt(scan, t) is var at and > 0 && scan.NameAt(at) is { } addressee && IsMedia(addressee))
            {
                found.Add(scan.Entity(addressee)); // "told Reuters", "speaking to The Times of Israel", "in an interview with CNN"
            }
            else if (scan.IsArabicWord(t) && scan.Norm(t) == "مع" && InterviewNoun(scan.Norm(t - 1)) && scan.NameAt(t + 1) is { } host && IsMedia(host))
            {
                found.Add(scan.Entity(host)); // "في مقابلة مع قناة العربية"
            }
        }
    }

    // Where the outlet an English statement was given to starts, or -1.
    private static int AddresseeAt(SourceScan scan, int t) => scan.Norm(t) switch
    {
        "told" or "tell" or "tells" or "telling" => SkipThe(scan, t + 1),
        "speaking" or "spoke" or "talking" or "talked" or "said" when scan.Norm(t + 1) is "to" or "with" => SkipThe(scan, t + 2),
        "interview" or "interviews" when scan.Norm(t + 1) == "with" => SkipThe(scan, t + 2),
        "interviewed" when scan.Norm(t + 1) == "by" => SkipThe(scan, t + 2),
        _ => -1,
    };

    // "told the BBC": the article, unless the listed name holds it ("The Associated Press").
    private static int SkipThe(SourceScan scan, int k) => scan.Norm(k) == "the" && scan.NameAt(k) is null ? k + 1 : k;

    private static bool InterviewNoun(string norm) => NameKeys.Word(norm) is "مقابله" or "حوار" or "لقاء" or "حديث" or "مقابلات";

    private static bool IsMedia(TrieMatch<CatalogueName> match) => match.Value.Entry.Kind is SourceKind.Agency or SourceKind.Outlet;

    // "المصدر : وكالات", "مصدر الصورة Getty", "Image source, Getty Images", "Photo: Reuters": where the credits start.
    private static int LabelEnd(SourceScan scan, int first, int last)
    {
        var a = scan.Norm(first);
        var b = scan.Norm(first + 1);
        var label = a switch
        {
            "المصدر" or "مصدر" when b == "الصوره" => first + 1,
            "المصدر" or "الصوره" or "صوره" or "source" or "photo" or "credit" or "photograph" or "picture" when first + 1 <= last && scan.IsPunct(first + 1, ':') => first + 1,
            "حقوق" when b is "الصوره" or "النشر" or "الطبع" => first + 1,
            "image" or "picture" when b is "source" or "copyright" or "credit" => first + 1,
            "copyright" => first,
            _ => -1,
        };
        return label >= 0 && label < last ? label + 1 : -1;
    }

    private static void AddListed(SourceScan scan, int from, int last, List<Found> found)
    {
        for (var t = from; t <= last; t++)
        {
            if (scan.NameAt(t) is { } listed && listed.Value.Entry.Kind != SourceKind.Person)
            {
                found.Add(scan.Entity(listed, SourceRole.Credit));
                t = listed.Last;
            }
        }
    }

    // "(أسوشيتد برس)", "(أ ف ب)", "(AP Photo/Cliff Owen, File)", "LONDON (Reuters) -"
    private static void Brackets(SourceScan scan, int first, int last, List<Found> found)
    {
        for (var t = first; t < last; t++)
        {
            if (!scan.IsPunct(t, '(') || scan.NameAt(t + 1) is not { } listed || !IsMedia(listed) || listed.Value.Weak || listed.Start != scan.Tokens[t + 1].Start)
            {
                continue;
            }
            var after = listed.Last + 1;
            // A credit closes a caption or heads a dateline; "وكالة الأنباء السعودية (واس)، ..." only spells a name out.
            var closes = scan.IsPunct(after, ')') && (after == last || after + 1 <= last && scan.IsPunct(after + 1) && !scan.IsPunct(after + 1, '،') && !scan.IsPunct(after + 1, ','));
            if (closes || scan.IsPunct(after, '/') || scan.Norm(after) is "photo" or "via" || scan.IsPunct(after, ')') && HeadsDateline(scan, first, t))
            {
                found.Add(scan.Entity(listed, SourceRole.Credit));
            }
        }
    }

    // "الجزائر – (وأج) وقع ...": a city and a dash before the bracket open the paragraph.
    private static bool HeadsDateline(SourceScan scan, int first, int open)
    {
        if (open - first > 6 || open - 1 < first || !(scan.IsPunct(open - 1, '-') || scan.IsPunct(open - 1, '–') || scan.IsPunct(open - 1, '—')))
        {
            return false;
        }
        for (var k = first; k < open - 1; k++)
        {
            if (scan.Tokens[k].IsWord && (scan.Cue(k) is not (CueKind.None or CueKind.Filler) || scan.IsArabicWord(k) && scan.IsStop(k)))
            {
                return false;
            }
        }
        return StartsLine(scan, first);
    }

    // A short line near the top naming the city and the outlet: "القاهرة - أ ش أ", "بغداد / الصباح", "عكاظ (الرياض)".
    private static void Dateline(SourceScan scan, int first, int last, List<Found> found)
    {
        if (BylineWords.Contains(scan.Norm(first)) || scan.Cue(first) == CueKind.Byline || !EndsLine(scan, last))
        {
            return;
        }
        var segments = new List<(int First, int Last)>();
        var start = first;
        var structured = false;
        for (var t = first; t <= last + 1; t++)
        {
            if (t > last || scan.IsPunct(t) && Separators.Contains(scan.Norm(t)[0]))
            {
                if (t > start)
                {
                    segments.Add((start, t - 1));
                }
                structured |= t <= last && scan.Norm(t)[0] is not ('،' or ',');
                start = t + 1;
            }
            else if (scan.Tokens[t].IsWord && (scan.Cue(t) is not (CueKind.None or CueKind.Filler) || scan.IsArabicWord(t) && scan.IsStop(t) && scan.Norm(t) != "من"))
            {
                return; // a sentence, not a dateline
            }
        }
        if (!structured || segments.Count < 2)
        {
            return;
        }
        var listed = new List<TrieMatch<CatalogueName>>();
        foreach (var (a, b) in segments)
        {
            for (var t = a; t <= b; t++)
            {
                if (scan.NameAt(t) is { } match && match.Last <= b && IsMedia(match))
                {
                    listed.Add(match);
                    t = match.Last;
                }
            }
        }
        var clear = listed.Where(m => !m.Value.Ambiguous).ToList();
        if (clear.Count > 0 || listed.Count > 0)
        {
            var chosen = clear.Count > 0 ? clear : [listed[^1]];
            found.AddRange(chosen.Select(m => scan.Entity(m, SourceRole.Credit)));
            return;
        }
        if (segments.Count == 2 && scan.Text.Sentences.Length > 1 && scan.Text.SentenceOf(first) > 0)
        {
            Unlisted(scan, segments[1], found);
        }
    }

    // A dateline stands on its own line.
    private static bool EndsLine(SourceScan scan, int last)
    {
        var text = scan.Text.Text;
        for (var c = scan.Tokens[last].End; c < text.Length; c++)
        {
            if (text[c] == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[c]))
            {
                return false;
            }
        }
        return true;
    }

    // "بغداد / الصباح": an outlet the catalogue does not know, after the city.
    private static void Unlisted(SourceScan scan, (int First, int Last) segment, List<Found> found)
    {
        var (a, b) = segment;
        while (a <= b && scan.IsPunct(a))
        {
            a++;
        }
        while (b >= a && scan.IsPunct(b))
        {
            b--;
        }
        if (b < a || b - a > 2)
        {
            return;
        }
        for (var t = a; t <= b; t++)
        {
            if (!scan.IsArabicWord(t) || scan.IsStop(t) || scan.Lexicon.IsNotSpeaker(scan.Norm(t)) || BylineWords.Contains(scan.Norm(t)))
            {
                return;
            }
        }
        if (scan.Lexicon.IsGivenName(scan.Norm(a)))
        {
            return; // a reporter's name, not a paper
        }
        found.Add(scan.Span(a, b, scan.Tokens[a].Start, Shape.Unlisted, SourceKind.Outlet) with { Role = SourceRole.Credit });
    }
}
