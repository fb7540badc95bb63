using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>A match of a trie key over tokens <see cref="First"/>..<see cref="Last"/>; <see cref="Start"/> skips clitics such as و or ب.</summary>
internal readonly record struct TrieMatch<T>(T Value, int First, int Last, int Start, int End);

/// <summary>
/// A trie keyed by normalised words, so a multi-word name matches in one pass over the tokens. The first word may
/// carry Arabic clitics (و ف ب ل ك, ال); the whole word is tried before any reading that strips them, and the
/// longest match wins.
/// </summary>
internal sealed class NameTrie<T>
{
    private static readonly HashSet<char> Joiners = ['.', '-', '‐', '_'];

    private readonly Node root = new();

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }
        var node = root;
        foreach (var word in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Next[word] = child;
            }
            node = child;
        }
        (node.Values ??= []).Add(value);
    }

    /// <summary>The longest key starting at token <paramref name="first"/> and ending at or before <paramref name="last"/>.</summary>
    public TrieMatch<T>? Match(AnalyzedText text, int first, int last, bool clitics = true, Func<T, int, int, bool>? accept = null)
    {
        var tokens = text.Tokens;
        if (first < 0 || first > last || first >= tokens.Length || tokens[first].Kind == TokenKind.Punctuation || root.Next is null)
        {
            return null;
        }
        last = Math.Min(last, tokens.Length - 1);
        TrieMatch<T>? best = null;
        var bestPrefix = 0;
        foreach (var (prefix, stem) in Readings(tokens[first], clitics))
        {
            if (!root.Next.TryGetValue(Key(stem), out var node))
            {
                continue;
            }
            var j = first;
            while (true)
            {
                if (node.Values is not null && (best is null || j > best.Value.Last))
                {
                    foreach (var value in node.Values)
                    {
                        if (accept is null || accept(value, first, j))
                        {
                            best = new TrieMatch<T>(value, first, j, 0, tokens[j].End);
                            bestPrefix = prefix;
                            break;
                        }
                    }
                }
                // "Al Jazeera's Hiba Morgan": a possessive ends the name.
                var next = IsPossessive(tokens[j].Norm) ? -1 : NextWord(text, j, last);
                if (next < 0 || node.Next is null || !node.Next.TryGetValue(Key(tokens[next].Norm), out var child))
                {
                    break;
                }
                node = child;
                j = next;
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        return found with { Start = StartAfterClitics(text, tokens[first], bestPrefix) };
    }

    /// <summary>
    /// The next word or number after token <paramref name="j"/>, stepping over a glued '.' or '-' ("أ.ف.ب", "Al-Arabiya")
    /// and the dot of a short Latin abbreviation ("U.N. refugee agency", "Maj. Gen.").
    /// </summary>
    public static int NextWord(AnalyzedText text, int j, int last)
    {
        var tokens = text.Tokens;
        var k = j + 1;
        while (k < last && tokens[k].Kind == TokenKind.Punctuation && Joiners.Contains(tokens[k].Norm[0]) && tokens[k].Start == tokens[k - 1].End
               && (tokens[k + 1].Start == tokens[k].End || tokens[k].Norm[0] == '.' && IsAbbreviation(tokens[k - 1])))
        {
            k++;
        }
        return k <= last && tokens[k].Kind != TokenKind.Punctuation ? k : -1;
    }

    private static string Key(string norm) => IsPossessive(norm) ? norm[..^2] : NameKeys.Word(norm);

    private static bool IsPossessive(string norm) =>
        norm.Length > 2 && norm[^2] is '\'' or '’' && norm[^1] == 's' && !TextNormalizer.IsArabicLetter(norm[0]);

    private static bool IsAbbreviation(Token token) => token.IsWord && !token.IsArabic && token.Length <= 3;

    private static IEnumerable<(int PrefixLength, string Stem)> Readings(Token token, bool clitics) =>
        clitics && token.IsArabic ? ArabicPrefixes.Readings(token.Norm) : [(0, token.Norm)];

    // The article stays with the name ("والمرصد" gives "المرصد"), except after ل where it lost its alef ("للأمم").
    private static int StartAfterClitics(AnalyzedText text, Token token, int prefixLength)
    {
        if (prefixLength == 0)
        {
            return token.Start;
        }
        var prefix = token.Norm[..prefixLength];
        var keep = prefixLength > 2 && prefix.EndsWith("ال", StringComparison.Ordinal) ? prefixLength - 2 : prefixLength;
        return ArabicPrefixes.OriginalOffset(text.Text, token.Start, token.End, keep);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public List<T>? Values { get; set; }
    }
}
