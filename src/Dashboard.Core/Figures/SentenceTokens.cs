using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// The tokens of the sentence being read, with the small questions every figure rule asks of them. Indexes
/// outside the sentence answer as "nothing there", so no rule looks across a sentence boundary.
/// </summary>
internal sealed class SentenceTokens(AnalyzedText text)
{
    public AnalyzedText Text { get; } = text;

    public Token[] Tokens { get; } = text.Tokens;

    public int First { get; private set; }

    public int Last { get; private set; } = -1;

    public void Focus(Sentence sentence)
    {
        First = sentence.FirstToken;
        Last = sentence.LastToken;
    }

    public bool In(int i) => i >= First && i <= Last;

    public string Norm(int i) => In(i) ? Tokens[i].Norm : string.Empty;

    public bool IsWord(int i) => In(i) && Tokens[i].IsWord;

    public bool IsArabicWord(int i) => In(i) && Tokens[i].IsArabic;

    public bool IsLatinWord(int i) => In(i) && Tokens[i].IsWord && !Tokens[i].IsArabic;

    public bool IsNumber(int i) => In(i) && Tokens[i].IsNumber;

    public bool IsPunct(int i) => In(i) && Tokens[i].Kind == TokenKind.Punctuation;

    public bool IsPunct(int i, char c) => In(i) && Tokens[i].IsPunctuation(c);

    /// <summary>True when nothing, not even a space, separates the two tokens.</summary>
    public bool Glued(int left, int right) => In(left) && In(right) && Tokens[left].End == Tokens[right].Start;

    public bool IsCapitalized(int i) => IsLatinWord(i) && char.IsUpper(Text.Text[Tokens[i].Start]);

    public bool IsAllUpper(int i)
    {
        if (!IsLatinWord(i))
        {
            return false;
        }
        foreach (var c in Text.Text.AsSpan(Tokens[i].Start, Tokens[i].Length))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    public string Original(int i) => Text.Text[Tokens[i].Start..Tokens[i].End];

    private bool? commaGrouped;

    /// <summary>True when the article groups thousands with commas ("630,000"): then "20 737" is two numbers, not 20,737.</summary>
    public bool CommaGrouped => commaGrouped ??= Tokens.Any(k => k.IsNumber && IsCommaGrouped(k.Norm));

    // "630,000", "1,500,000.5": every comma before exactly three digits ("4,2" is a Maghreb decimal comma).
    private static bool IsCommaGrouped(string norm)
    {
        var dot = norm.IndexOf('.', StringComparison.Ordinal);
        var parts = (dot < 0 ? norm : norm[..dot]).Split(',');
        return parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    /// <summary>The characters between two tokens (the gap), or null when they are not in this sentence.</summary>
    public ReadOnlySpan<char> Between(int left, int right) =>
        Text.Text.AsSpan(Tokens[left].End, Tokens[right].Start - Tokens[left].End);
}
