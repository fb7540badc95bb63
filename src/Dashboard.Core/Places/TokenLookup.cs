using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

internal static class TokenLookup
{
    /// <summary>The token at <paramref name="index"/>, or null outside the text (a default token has no Norm).</summary>
    public static Token? TokenAt(this AnalyzedText text, int index) =>
        index >= 0 && index < text.Tokens.Length ? text.Tokens[index] : null;
}
