namespace Dashboard.Core.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// One word, number or punctuation mark of a text, with its span in the original text.
/// <see cref="Norm"/> is the normalised form (see <see cref="TextNormalizer"/>); for a number it holds
/// ASCII digits with '.' as the decimal mark and ',' as the group separator.
/// </summary>
public readonly record struct Token(int Index, int Start, int End, TokenKind Kind, string Norm)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Norm.Length == 1 && Norm[0] == c;

    public bool IsArabic => Kind == TokenKind.Word && Norm.Length > 0 && TextNormalizer.IsArabicLetter(Norm[0]);
}
