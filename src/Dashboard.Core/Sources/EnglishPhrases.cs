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
    private const int MaxModifiers = 5;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "other",
        "multiple", "various", "few", "dozens", "hundreds", "numerous", "one", "another",
    };

    // Lower-case words that may stand in a title or an anonymous source's description: "interior ministry spokesman".
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "senior", "top", "junior", "military", "security", "government", "defense", "defence", "intelligence", "health", "police",
        "local", "hospital", "medical", "foreign", "former", "humanitarian", "aid", "rights", "human", "election", "state", "federal",
        "provincial", "regional", "ministry", "interior", "opposition", "rebel", "tribal", "industry", "oil", "trade", "shipping",
        "banking", "market", "army", "shadow", "deputy", "acting", "interim", "chief", "vice", "assistant", "coalition", "palace",
        "embassy", "presidential", "finance", "economy", "energy", "justice", "administration", "party", "campaign", "navy", "air",
        "force", "border", "judicial", "parliamentary", "diplomatic", "western", "regime", "militia", "group", "movement", "company",
        "bank", "central", "national", "international", "municipal", "city", "district", "civil", "defence", "emergency", "rescue",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "in", "on", "and", "&", "de", "du", "des", "al", "el",
    };

    private static readonly HashSet<string> Nationalities = new(StringComparer.Ordinal)
    {
        "u", "us", "uk", "un", "eu", "american", "british", "french", "german", "russian", "chinese", "turkish", "iranian", "israeli",
        "palestinian", "egyptian", "saudi", "emirati", "qatari", "kuwaiti", "iraqi", "syrian", "lebanese", "jordanian", "libyan",
        "yemeni", "sudanese", "tunisian", "algerian", "moroccan", "kurdish", "european", "arab", "western", "gulf", "ukrainian",
        "indian", "pakistani", "afghan", "omani", "bahraini", "austrian", "italian", "spanish", "greek", "hungarian", "dutch",
        "belgian", "swedish", "norwegian", "danish", "polish", "swiss", "japanese", "korean", "canadian", "australian",
    };

    public static Found? Parse(SourceScan scan, int t, int last)
    {
        if (t > last || !scan.IsLatinWord(t) || IsPronoun(scan.Norm(t)))
        {
            return null;
        }
        var titled = Title(scan, t, last);
        var body = Body(scan, t, last);
        var at = scan.Norm(t) == "the" ? t + 1 : t;
        var listed = scan.NameAt(at) is { } match && match.Last <= last ? match : (TrieMatch<CatalogueName>?)null;
        if (body is not null && (titled is null || body.End2 >= titled.End2) && (listed is null || body.Last > listed.Value.Last))
        {
            // "Lebanese police": the anonymous-source list knows it.
            return body.Shape == Shape.Unlisted && Anonymous(scan, t, last) is { } listedUnnamed && listedUnnamed.End2 >= body.End2 ? listedUnnamed : body;
        }
        // "a senior US official": an office with no name is an anonymous source when the list knows it as one.
        if (titled is { Shape: Shape.TitleOnly or Shape.Anaphor } && Anonymous(scan, t, last) is { } unnamedOffice && unnamedOffice.End2 >= titled.End2)
        {
            return unnamedOffice;
        }
        if (titled is not null)
        {
            return titled;
        }
        if (listed is { } owner && IsPossessive(scan, owner.Last) && SpeakerNames.English(scan, owner.Last + 1, last) > owner.Last + 1)
        {
            // "Al Jazeera's Hiba Morgan": the person, titled by the outlet.
            var nameEnd = SpeakerNames.English(scan, owner.Last + 1, last);
            return scan.Span(owner.Last + 1, nameEnd, scan.Tokens[owner.Last + 1].Start, Shape.Person, SourceKind.Person) with { Title = owner.Value.Entry.Name };
        }
        if (listed is { } entity)
        {
            // "Fitch Solutions", "UN Assistance Mission": a listed name inside a longer one is not that body.
            var run = Run(scan, at, last);
            return run > entity.Last && entity.Value.Entry.Kind != SourceKind.Person && scan.IsCapitalised(entity.Last + 1)
                ? scan.Span(at, run, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization)
                : scan.Entity(entity);
        }
        if (Anonymous(scan, t, last) is { } unnamed)
        {
            return unnamed;
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
        for (var m = 0; m < MaxModifiers && k <= last && scan.RoleAt(k) is null; m++)
        {
            if (scan.NameAt(k) is { } body && body.Value.Entry.Kind != SourceKind.Person && body.Last < last)
            {
                k = body.Last + 1;
            }
            else if (IsModifier(scan, k))
            {
                k = Next(scan, k, last);
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
        var title = Clean(scan.Text.Text[scan.Tokens[titleFirst].Start..scan.Tokens[titleLast].End]);
        if (scan.IsPunct(k, ',') && k + 1 <= last && IsNameStart(scan, k + 1, last))
        {
            k++; // "Pentagon spokesman, Peter Cook"
        }
        if (k <= last && scan.NameAt(k) is { } person && person.Value.Entry.Kind == SourceKind.Person && person.Last <= last)
        {
            return scan.Entity(person) with { Title = title, PhraseLast = person.Last };
        }
        var nameEnd = SpeakerNames.English(scan, k, last);
        if (nameEnd >= k && !EnglishBodies.HasBodyWord(scan, k, nameEnd))
        {
            return scan.Span(k, nameEnd, scan.Tokens[k].Start, nameEnd > k ? Shape.Person : Shape.Anaphor, SourceKind.Person) with
            {
                Title = nameEnd > k ? title : null,
                Head = nameEnd > k ? null : scan.Norm(k),
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

    /// <summary>A body named by capitalised words with a body word: "the Ministry of Economy", "The Sudan Doctors' Union".</summary>
    public static Found? Body(SourceScan scan, int t, int last)
    {
        var at = scan.Norm(t) == "the" ? t + 1 : t;
        var end = Run(scan, at, last);
        if (end >= at && !EnglishBodies.HasBodyWord(scan, at, end) && end + 1 <= last && scan.IsLatinWord(end + 1) && !scan.IsCapitalised(end + 1)
            && EnglishBodies.IsBodyNoun(scan.Norm(end + 1)) && !IsPossessive(scan, end))
        {
            return scan.Span(at, end + 1, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization); // "The Emergency Lawyers group"
        }
        if (end >= at && !EnglishBodies.HasBodyWord(scan, at, end) && Owner(scan, at, end))
        {
            // "Saudi Arabia's energy ministry", "Israel's military", "the U.N. humanitarian office"
            var k = end + 1;
            var bodyEnd = -1;
            while (k <= last && k <= end + 3 && scan.IsLatinWord(k) && !scan.IsCapitalised(k)
                   && (Modifiers.Contains(scan.Norm(k)) || EnglishBodies.IsBodyNoun(scan.Norm(k))))
            {
                bodyEnd = EnglishBodies.IsBodyNoun(scan.Norm(k)) ? k : bodyEnd;
                k++;
            }
            if (bodyEnd > end)
            {
                return scan.Span(at, bodyEnd, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization);
            }
        }
        if (end < at || !EnglishBodies.HasBodyWord(scan, at, end))
        {
            return null;
        }
        var found = scan.Span(at, end, scan.Tokens[at].Start, Shape.Unlisted, SourceKind.Organization);
        // "(ACLED)", "(SCTH)": a short name in brackets is the catalogue's name or another name for this body.
        if (scan.IsPunct(end + 1, '(') && end + 2 <= last && scan.IsLatinWord(end + 2))
        {
            var close = end + 3;
            if (scan.IsPunct(close, ')'))
            {
                if (scan.NameAt(end + 2) is { } listed && listed.Last == end + 2 && listed.Value.Entry.Kind != SourceKind.Person)
                {
                    return new Found(at, close, found.Start, scan.Tokens[close].End, listed.Value.Entry.Name, listed.Value.Entry.Kind, Shape.Entity);
                }
                scan.Aliases.TryAdd(scan.Key(end + 2, end + 2, scan.Tokens[end + 2].Start), found.Name);
                return found with { PhraseLast = close };
            }
        }
        return found;
    }

    /// <summary>An anonymous source with its description: "a senior Interior Ministry official", "Austrian police".</summary>
    public static Found? Anonymous(SourceScan scan, int t, int last)
    {
        var k = t;
        while (k <= last && k < t + 2 && (scan.IsLatinWord(k) && Determiners.Contains(scan.Norm(k)) || scan.Tokens[k].IsNumber) && scan.AnonymousAt(k) is null)
        {
            k++;
        }
        var described = k;
        for (var m = 0; m <= MaxModifiers && k <= last; m++)
        {
            if (scan.AnonymousAt(k) is { } match && match.Last <= last)
            {
                if (IsCommentator(match.Value) && scan.Norm(match.Last + 1) is "at" or "with" or "from" && Firm(scan, match.Last + 2, last) is { } firm)
                {
                    return firm; // "Analysts at JPMorgan said": the firm is the source
                }
                var name = Clean(scan.Text.Text[scan.Tokens[described].Start..scan.Tokens[match.Last].End]);
                return scan.Span(t, match.Last, scan.Tokens[t].Start, Shape.Anonymous, AnonymousSources.KindOf(match.Value), name) with
                {
                    Anonymous = true,
                    Head = match.Value,
                };
            }
            if (!IsModifier(scan, k) && !(scan.Norm(k) == "of" && k > described && scan.IsCapitalised(k + 1)))
            {
                return null;
            }
            k = Next(scan, k, last);
        }
        return null;
    }

    /// <summary>The last token of a run of capitalised words joined by "of", "for", "and", "&amp;", "-" and "'".</summary>
    public static int Run(SourceScan scan, int t, int last)
    {
        if (t > last || !scan.IsCapitalised(t) || IsPronoun(scan.Norm(t)) || !SpeakerNames.IsNameWord(scan, t) && !IsAcronym(scan, t))
        {
            return -1;
        }
        var end = t;
        var k = t + 1;
        while (k <= last && !(IsPossessive(scan, end) && end > t))
        {
            if ((scan.IsPunct(k, '\'') || scan.IsPunct(k, '’')) && scan.Tokens[k].Start == scan.Tokens[k - 1].End)
            {
                end = k++; // "Doctors' Union"
                continue;
            }
            if (scan.IsPunct(k, '.') && scan.Tokens[k - 1].Length == 1 && scan.Tokens[k].Start == scan.Tokens[k - 1].End
                && k + 1 <= last && scan.IsCapitalised(k + 1) && scan.Tokens[k + 1].Length == 1 && scan.Tokens[k + 1].Start == scan.Tokens[k].End)
            {
                end = k + 1; // "U.N."
                k += 2;
                continue;
            }
            if (scan.IsPunct(k, '-') && scan.Tokens[k].Start == scan.Tokens[k - 1].End && k + 1 <= last && scan.IsLatinWord(k + 1))
            {
                end = k + 1;
                k += 2;
                continue;
            }
            var joined = scan.IsLatinWord(k) && !scan.IsCapitalised(k) && Connectors.Contains(scan.Norm(k)) || scan.IsPunct(k, '&');
            if (joined)
            {
                var next = scan.Norm(k + 1) == "the" ? k + 2 : k + 1;
                if (next <= last && (SpeakerNames.IsNameWord(scan, next) || IsAcronym(scan, next)))
                {
                    end = next;
                    k = next + 1;
                    continue;
                }
                break;
            }
            if (!SpeakerNames.IsNameWord(scan, k) && !IsAcronym(scan, k))
            {
                break;
            }
            end = k++;
        }
        return end;
    }

    /// <summary>"The head of the EU observer mission": without determiners, and "UN's" read as "UN".</summary>
    public static string Clean(string text)
    {
        foreach (var article in (string[])["The ", "the ", "A ", "a ", "An ", "an "])
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                text = text[article.Length..];
                break;
            }
        }
        return text.Replace("'s ", " ", StringComparison.Ordinal).Replace("’s ", " ", StringComparison.Ordinal);
    }

    // "Dr. Khalil": the dot of an abbreviated title.
    private static int AfterDot(SourceScan scan, int k) =>
        scan.IsPunct(k, '.') && k > 0 && scan.Tokens[k].Start == scan.Tokens[k - 1].End ? k + 1 : k;

    // Whose body it is: a possessive ("Israel's"), a nationality ("Iraqi") or a listed name ("U.N.").
    private static bool Owner(SourceScan scan, int at, int end) =>
        IsPossessive(scan, end) || Nationalities.Contains(scan.Norm(end)) || scan.NameAt(at) is { } listed && listed.Last == end;

    private static int Complement(SourceScan scan, int k, int last)
    {
        var at = scan.Norm(k) == "the" ? k + 1 : k;
        if (at > last)
        {
            return -1;
        }
        var end = scan.NameAt(at) is { } listed && listed.Value.Entry.Kind != SourceKind.Person ? listed.Last : Run(scan, at, last);
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
               && !IsFunctionWord(scan.Norm(end + 1)))
        {
            end++;
            words++;
        }
        return end;
    }

    private static bool IsCommentator(string name) =>
        name is "analysts" or "analyst" or "economists" or "economist" or "experts" or "expert" or "strategists" or "strategist";

    private static Found? Firm(SourceScan scan, int k, int last)
    {
        if (k > last)
        {
            return null;
        }
        if (scan.NameAt(k) is { } listed && listed.Value.Entry.Kind != SourceKind.Person && listed.Last <= last)
        {
            return scan.Entity(listed);
        }
        var end = Run(scan, k, last);
        return end >= k ? scan.Span(k, end, scan.Tokens[k].Start, Shape.Unlisted, SourceKind.Organization) : null;
    }

    private static bool IsModifier(SourceScan scan, int k)
    {
        if (!scan.IsLatinWord(k))
        {
            return false;
        }
        var norm = scan.Norm(k);
        if (scan.IsCapitalised(k))
        {
            return SpeakerNames.IsNameWord(scan, k) || Nationalities.Contains(norm) || IsAcronym(scan, k) || IsPossessive(scan, k);
        }
        return Modifiers.Contains(norm);
    }

    private static bool IsNameStart(SourceScan scan, int k, int last) =>
        scan.NameAt(k) is { Value.Entry.Kind: SourceKind.Person } || SpeakerNames.English(scan, k, last) > k;

    private static bool IsAcronym(SourceScan scan, int k)
    {
        if (!scan.IsLatinWord(k))
        {
            return false;
        }
        var written = scan.Written(k);
        return written.Length >= 2 && written.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private static bool IsPossessive(SourceScan scan, int k) =>
        scan.IsLatinWord(k) && (scan.Norm(k).EndsWith("'s", StringComparison.Ordinal) || scan.Norm(k).EndsWith("’s", StringComparison.Ordinal));

    // "U.S.": step over the glued dots of an abbreviation.
    private static int Next(SourceScan scan, int k, int last)
    {
        var next = NameTrie<string>.NextWord(scan.Text, k, last);
        if (next < 0)
        {
            next = k + 1;
            while (next <= last && scan.IsPunct(next, '.') && scan.Tokens[next].Start == scan.Tokens[next - 1].End)
            {
                next++;
            }
        }
        return next;
    }

    private static bool IsFunctionWord(string norm) =>
        norm is "that" or "which" or "who" or "said" or "says" or "and" or "or" or "but" or "in" or "on" or "at" or "to" or "from" or "with"
            or "by" or "as" or "is" or "was" or "has" or "had" or "have" or "are" or "were" or "will" or "would" or "the" or "a" or "an";

    private static bool IsPronoun(string norm) =>
        norm is "he" or "she" or "they" or "it" or "we" or "i" or "you" or "his" or "her" or "their" or "this" or "that" or "there" or "which" or "who";
}
