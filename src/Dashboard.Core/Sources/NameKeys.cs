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
}
