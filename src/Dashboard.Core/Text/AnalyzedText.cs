namespace Dashboard.Core.Text;

/// <summary>A text with its tokens and sentences: what every extractor reads.</summary>
public sealed class AnalyzedText
{
    private readonly int[] sentenceOfToken;

    public AnalyzedText(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(text, Tokens);
        sentenceOfToken = new int[Tokens.Length];
        foreach (var sentence in Sentences)
        {
            Array.Fill(sentenceOfToken, sentence.Index, sentence.FirstToken, sentence.TokenCount);
        }
        IsArabic = TextNormalizer.IsMostlyArabic(text);
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>True when most of the letters are Arabic.</summary>
    public bool IsArabic { get; }

    public int SentenceOf(int tokenIndex) => sentenceOfToken[tokenIndex];

    public Sentence SentenceOfToken(int tokenIndex) => Sentences[sentenceOfToken[tokenIndex]];

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The original text covered by tokens <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public string SliceTokens(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public string SentenceText(int index) => Text[Sentences[index].Start..Sentences[index].End];

    /// <summary>The token at <paramref name="index"/>, or a default token when out of range.</summary>
    public Token At(int index) => index >= 0 && index < Tokens.Length ? Tokens[index] : default;

    /// <summary>True when the tokens are in the same sentence and only spaces lie between them.</summary>
    public bool Adjacent(int left, int right) =>
        left >= 0 && right < Tokens.Length && sentenceOfToken[left] == sentenceOfToken[right] && right == left + 1;
}
