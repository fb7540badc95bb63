using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>How words are keyed for lookup: normalised, and for Arabic without a leading ال.</summary>
internal static class NameKeys
{
    public static string Word(string normalizedWord) =>
        normalizedWord.Length > 0 && TextNormalizer.IsArabicLetter(normalizedWord[0])
            ? ArabicPrefixes.WithoutArticle(normalizedWord)
            : normalizedWord;

    /// <summary>The keyed words of a phrase (punctuation dropped): "أ.ف.ب" and "أ ف ب" give the same key.</summary>
    public static string[] Words(string phrase) =>
        Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Punctuation).Select(t => Word(t.Norm)).ToArray();

    public static string Joined(string phrase) => string.Join(' ', Words(phrase));

    /// <summary>The offset in the original text after the first <paramref name="normalizedChars"/> normalised characters of a token.</summary>
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
