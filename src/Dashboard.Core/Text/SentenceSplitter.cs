namespace Dashboard.Core.Text;

/// <summary>
/// Splits tokens into sentences: a line break always ends one (titles, captions and credits stand alone);
/// '.', '!', '?', '؟' and '…' end one unless the full stop closes an abbreviation, an initial or a number.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "st", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "dept", "est", "approx", "fig", "vol",
    };

    private static readonly HashSet<char> Terminators = ['.', '!', '?', '؟', '…'];

    private static readonly HashSet<char> Closers = ['"', '\'', '”', '’', '»', ')', ']', '›'];

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var end = t;
            var boundary = false;
            if (IsTerminator(tokens[t]) && !IsAbbreviationStop(text, tokens, t))
            {
                while (end + 1 < tokens.Length && IsCloser(tokens[end + 1]) && tokens[end + 1].Start == tokens[end].End)
                {
                    end++;
                }
                boundary = end + 1 >= tokens.Length || tokens[end + 1].Start > tokens[end].End;
            }
            if (!boundary && end + 1 < tokens.Length && HasLineBreak(text, tokens[end].End, tokens[end + 1].Start))
            {
                boundary = true;
            }
            if (boundary || end + 1 >= tokens.Length)
            {
                sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[end].End, first, end - first + 1));
                first = end + 1;
                t = end;
            }
        }
        return sentences.ToArray();
    }

    private static bool IsTerminator(Token token) => token.Kind == TokenKind.Punctuation && Terminators.Contains(token.Norm[0]);

    private static bool IsCloser(Token token) => token.Kind == TokenKind.Punctuation && Closers.Contains(token.Norm[0]);

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsAbbreviationStop(string text, Token[] tokens, int t)
    {
        if (tokens[t].Norm[0] != '.' || t == 0)
        {
            return false;
        }
        var previous = tokens[t - 1];
        if (previous.End != tokens[t].Start || !previous.IsWord || previous.IsArabic)
        {
            return false;
        }
        // "U.S." "J. Smith": a single Latin letter before the stop is an initial.
        if (previous.Norm.Length == 1)
        {
            return true;
        }
        if (!Abbreviations.Contains(previous.Norm))
        {
            return false;
        }
        // "No. 5" abbreviates "number"; "he said no." ends a sentence.
        var next = t + 1 < tokens.Length ? tokens[t + 1] : default;
        return previous.Norm is not ("no" or "nos") || next.IsNumber;
    }
}
