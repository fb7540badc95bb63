namespace Dashboard.Core.Text;

/// <summary>
/// The clitics Arabic glues to the front of a noun: conjunctions و ف, prepositions ب ل ك, the article ال, and
/// their combinations ("والرقة", "بالرمادي", "لبروكسل", "للعراق"). Works on normalised words.
/// </summary>
public static class ArabicPrefixes
{
    // Longest first, so "وبال" is tried before "وب" and "و".
    private static readonly string[] Prefixes =
    [
        "وبال", "فبال", "وكال", "فكال", "فلل", "ولل", "وال", "فال", "بال", "كال", "لل",
        "وب", "فب", "ول", "فل", "وك", "فك", "ال", "و", "ف", "ب", "ل", "ك",
    ];

    /// <summary>
    /// The word itself, then each way of reading it as prefix + stem (stems of at least two letters),
    /// each stem also without a leading ال. The caller tries them in order, so a name that really begins
    /// with و or ب ("واشنطن", "بغداد") matches whole before any stripping is tried.
    /// </summary>
    public static IEnumerable<(int PrefixLength, string Stem)> Readings(string normalizedWord)
    {
        yield return (0, normalizedWord);
        if (normalizedWord.Length > 4 && normalizedWord.StartsWith("ال", StringComparison.Ordinal))
        {
            yield return (0, normalizedWord[2..]);
        }
        foreach (var prefix in Prefixes)
        {
            if (prefix == "ال" || normalizedWord.Length - prefix.Length < 2 || !normalizedWord.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = normalizedWord[prefix.Length..];
            // "لل" stands for ل + ال: the stem lost its article.
            yield return (prefix.Length, stem);
            if (stem.Length > 4 && stem.StartsWith("ال", StringComparison.Ordinal))
            {
                yield return (prefix.Length, stem[2..]);
            }
        }
    }

    /// <summary>The word without a leading ال (normalised input), when what remains is at least two letters.</summary>
    public static string WithoutArticle(string normalizedWord) =>
        normalizedWord.Length > 3 && normalizedWord.StartsWith("ال", StringComparison.Ordinal) ? normalizedWord[2..] : normalizedWord;

    /// <summary>
    /// The offset in the original text after the first <paramref name="normalizedChars"/> normalised characters of a
    /// token: where the word starts after its clitics, whatever diacritics or tatweel the text writes.
    /// </summary>
    public static int OriginalOffset(string text, int tokenStart, int tokenEnd, int normalizedChars)
    {
        var seen = 0;
        var i = tokenStart;
        while (i < tokenEnd && seen < normalizedChars)
        {
            if (TextNormalizer.Fold(text[i]) != '\0')
            {
                seen++;
            }
            i++;
        }
        // Diacritics written on the last prefix letter stay with the prefix.
        while (i < tokenEnd && TextNormalizer.Fold(text[i]) == '\0')
        {
            i++;
        }
        return i;
    }
}
