using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>A name as the trie stores it: its normalised words, the first one without its article.</summary>
internal sealed record NameKey(string[] Words, bool Arabic, bool HasArticle, bool UpperOnly)
{
    // "al-Anbar", "Al Anbar", "El Geneina": a transliterated Arabic article, also written with a space.
    private static readonly HashSet<string> FreeLatinArticles = new(StringComparer.Ordinal) { "al", "el" };

    // "As-Salt", "Ar-Raqqa", "Ash-Shariqah": assimilated articles, taken as articles only before a hyphen.
    private static readonly HashSet<string> HyphenLatinArticles = new(StringComparer.Ordinal)
    {
        "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "es", "et", "ez",
    };

    /// <summary>The keys a name is stored under (an English name with an article also without it).</summary>
    public static IEnumerable<NameKey> Of(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var words = tokens.Where(t => t.Kind != TokenKind.Punctuation).ToList();
        if (words.Count == 0)
        {
            yield break;
        }
        if (words[0].IsArabic)
        {
            var first = ArabicPrefixes.WithoutArticle(words[0].Norm);
            yield return new NameKey([first, .. words.Skip(1).Select(w => w.Norm)], true, first.Length != words[0].Norm.Length, false);
            yield break;
        }
        var norms = words.Select(w => w.Norm).ToList();
        // "the Gaza Strip" is also "Gaza Strip"; but "the Channel", "the Delta" need their article.
        if (norms.Count > 2 && norms[0] == "the")
        {
            norms.RemoveAt(0);
        }
        var upperOnly = IsAcronym(name);
        yield return new NameKey(norms.ToArray(), false, false, upperOnly);
        if (norms.Count > 1 && (FreeLatinArticles.Contains(norms[0]) || HyphenLatinArticles.Contains(norms[0])))
        {
            yield return new NameKey(norms.Skip(1).ToArray(), false, true, upperOnly);
        }
    }

    /// <summary>
    /// The consonant skeleton of a transliterated word, so that spellings of one Arabic name meet: vowel runs become
    /// one "a" (a final run without "a" or "e" is "i"), doubled letters one, a final "h" after a vowel goes, "q" is "k",
    /// "dh"/"th" are "d"/"t":
    /// "Sulaimaniyah" and "Sulaymaniyah" are both "salamana", "Zour" and "Zor" both "zar".
    /// </summary>
    public static string Skeleton(string latinWord)
    {
        var word = latinWord.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal).Replace('q', 'k');
        if (word.Length > 3 && word[^1] == 'h' && IsVowel(word[^2]))
        {
            word = word[..^1];
        }
        var skeleton = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            var letter = IsVowel(c) ? 'a' : c;
            if (skeleton.Length == 0 || skeleton[^1] != letter)
            {
                skeleton.Append(letter);
            }
        }
        // A final "-i" is a nisba, a surname ("Qahtani", "Mutairi"), not the "-iya" of a town ("Qahtaniyah").
        var tail = word.Length - word.AsSpan().TrimEnd("aeiouy").Length;
        if (tail > 0 && !word.AsSpan(word.Length - tail).ContainsAny('a', 'e'))
        {
            skeleton[^1] = 'i';
        }
        return skeleton.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    public static bool IsLatinArticle(string norm, bool beforeHyphen) =>
        FreeLatinArticles.Contains(norm) || (beforeHyphen && HyphenLatinArticles.Contains(norm));

    // "UK", "UAE", "U.A.E.", "KP": written in capitals, so "us" the pronoun is not "US".
    private static bool IsAcronym(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        return letters.Count is > 0 and <= 5 && letters.All(char.IsUpper);
    }
}
