namespace Dashboard.Core.Sources;

/// <summary>The English word classes and token tests the English phrase readers share.</summary>
internal static class EnglishWords
{
    public const int MaxModifiers = 5;

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
        "bank", "central", "national", "international", "municipal", "city", "district", "civil", "emergency", "rescue",
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

    public static bool IsDeterminer(string norm) => Determiners.Contains(norm);

    public static bool IsModifierWord(string norm) => Modifiers.Contains(norm);

    public static bool IsConnector(string norm) => Connectors.Contains(norm);

    public static bool IsNationality(string norm) => Nationalities.Contains(norm);

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

    public static bool IsModifier(SourceScan scan, int k)
    {
        if (!scan.IsLatinWord(k))
        {
            return false;
        }
        var norm = scan.Norm(k);
        if (scan.IsCapitalised(k))
        {
            return SpeakerNames.IsNameWord(scan, k) || IsNationality(norm) || IsAcronym(scan, k) || IsPossessive(scan, k);
        }
        return IsModifierWord(norm);
    }

    public static bool IsAcronym(SourceScan scan, int k)
    {
        if (!scan.IsLatinWord(k))
        {
            return false;
        }
        var written = scan.Written(k);
        return written.Length >= 2 && written.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    public static bool IsPossessive(SourceScan scan, int k) =>
        scan.IsLatinWord(k) && (scan.Norm(k).EndsWith("'s", StringComparison.Ordinal) || scan.Norm(k).EndsWith("’s", StringComparison.Ordinal));

    // "U.S.": step over the glued dots of an abbreviation.
    public static int Next(SourceScan scan, int k, int last)
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

    public static bool IsFunctionWord(string norm) =>
        norm is "that" or "which" or "who" or "said" or "says" or "and" or "or" or "but" or "in" or "on" or "at" or "to" or "from" or "with"
            or "by" or "as" or "is" or "was" or "has" or "had" or "have" or "are" or "were" or "will" or "would" or "the" or "a" or "an";

    public static bool IsPronoun(string norm) =>
        norm is "he" or "she" or "they" or "it" or "we" or "i" or "you" or "his" or "her" or "their" or "this" or "that" or "there" or "which" or "who";
}
