using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>A name found in the text: tokens <see cref="First"/> to <see cref="Last"/> and how the first one was read.</summary>
internal readonly record struct TrieMatch<T>(int First, int Last, int PrefixLength, bool TextHasArticle, IReadOnlyList<T> Values);

/// <summary>
/// Walks a name trie from one token. An Arabic first word is tried whole, then through each reading of its glued
/// clitics (و ف ب ل ك ال), so "واشنطن" is Washington before it could be و + "اشنطن"; a Latin first word may be a
/// transliterated article ("al-Anbar"). Later words must follow in the same sentence, across nothing but spaces
/// (or a hyphen or dot glued inside a Latin name: "Pul-e-Khumri", "U.S.").
/// </summary>
internal static class TrieWalk
{
    // Words that read as a clitic and a place but are neither: "بنوك" (banks) is not ب + Nuuk (Data/whole_words_ar.txt).
    private static readonly Lazy<HashSet<string>> WholeWords = new(() =>
        PlaceData.Lines("whole_words_ar.txt").Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal));

    public static void At<T>(NameTrie<T> trie, AnalyzedText text, int i, List<TrieMatch<T>> found)
    {
        var token = text.Tokens[i];
        if (!token.IsWord)
        {
            return;
        }
        if (token.IsArabic)
        {
            var seen = new List<(int, string)>(4);
            var whole = WholeWords.Value.Contains(token.Norm);
            foreach (var (prefix, stem) in ArabicPrefixes.Readings(token.Norm))
            {
                var canonical = ArabicPrefixes.WithoutArticle(stem);
                if ((prefix > 0 && whole) || seen.Contains((prefix, canonical)))
                {
                    continue;
                }
                seen.Add((prefix, canonical));
                if (trie.Root.Next(canonical) is { } node)
                {
                    // A clitic read off a word must leave a real stem: "باب" is not ب + "اب" (Ibb). Two letters are
                    // enough after "و"/"ف" ("وقم") or when more words follow ("وأم درمان").
                    var shortStem = prefix > 0 && canonical.Length < 3 && !(prefix == 1 && token.Norm[0] is 'و' or 'ف');
                    // A lone ف or ك seldom comes before a bare name: "فاطمة" is no ف + أطمة, "كامل" no ك + آمل.
                    var article = HasArticle(token.Norm, prefix);
                    var loneClitic = prefix == 1 && token.Norm[0] is 'ف' or 'ك' && !article;
                    Continue(trie, text, i, i, node, prefix, article, found, oneWordAllowed: !shortStem && !loneClitic);
                }
            }
            return;
        }
        if (trie.Root.Next(LatinWord(token)) is { } start)
        {
            Continue(trie, text, i, i, start, 0, false, found);
        }
        if (NextWord(text, i) is { } next && NameKey.IsLatinArticle(token.Norm, next.Glued)
            && trie.Root.Next(LatinWord(text.Tokens[next.Index])) is { } afterArticle)
        {
            Continue(trie, text, i, next.Index, afterArticle, 0, true, found);
        }
    }

    /// <summary>
    /// Walks the skeleton trie from a capitalised Latin word: "Deir al-Zour" meets "Deir ez-Zor". Transliterated
    /// articles are skipped wherever they stand.
    /// </summary>
    public static void AtSkeleton<T>(NameTrie<T> skeletons, AnalyzedText text, int i, List<TrieMatch<T>> found)
    {
        var first = i;
        var token = text.Tokens[i];
        if (!token.IsWord || token.IsArabic)
        {
            return;
        }
        if (NameKey.IsLatinArticle(token.Norm, true))
        {
            if (NextWord(text, i) is not { } next || !NameKey.IsLatinArticle(token.Norm, next.Glued))
            {
                return;
            }
            i = next.Index;
            token = text.Tokens[i];
        }
        if (skeletons.Root.Next(NameKey.Skeleton(LatinWord(token))) is not { } node)
        {
            return;
        }
        var last = i;
        var words = 1;
        while (true)
        {
            if (node.HasValues)
            {
                found.Add(new TrieMatch<T>(first, last, 0, false, node.Values));
            }
            if (words >= skeletons.MaxWords || NextWord(text, last) is not { } next)
            {
                return;
            }
            var index = next.Index;
            if (NameKey.IsLatinArticle(text.Tokens[index].Norm, true) && NextWord(text, index) is { } afterArticle)
            {
                index = afterArticle.Index;
            }
            if (text.Tokens[index].IsArabic || node.Next(NameKey.Skeleton(LatinWord(text.Tokens[index]))) is not { } child)
            {
                return;
            }
            node = child;
            last = index;
            words++;
        }
    }

    /// <summary>A Latin word as names are keyed: lower case, without a possessive "'s".</summary>
    public static string LatinWord(Token token) => PossessiveLength(token) is > 0 and var n ? token.Norm[..^n] : token.Norm;

    /// <summary>The length of a trailing "'s" or "’s" on a Latin word, else 0.</summary>
    public static int PossessiveLength(Token token) =>
        token.Norm.Length > 3 && token.Norm[^1] == 's' && token.Norm[^2] is '\'' or '’' ? 2 : 0;

    /// <summary>The next word of the same sentence after token <paramref name="i"/>, if only spaces or a glued hyphen or dot lie between.</summary>
    public static (int Index, bool Glued)? NextWord(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        var sentence = text.SentenceOf(i);
        var j = i + 1;
        if (j >= tokens.Length || text.SentenceOf(j) != sentence)
        {
            return null;
        }
        if (tokens[j].IsWord)
        {
            return (j, false);
        }
        var joiner = tokens[j];
        var glued = !tokens[i].IsArabic && joiner.Kind == TokenKind.Punctuation && joiner.Norm is "-" or "." or "‐" or "–"
            && joiner.Start == tokens[i].End && j + 1 < tokens.Length && tokens[j + 1].Start == joiner.End
            && tokens[j + 1].IsWord && !tokens[j + 1].IsArabic && text.SentenceOf(j + 1) == sentence;
        return glued ? (j + 1, true) : null;
    }

    private static void Continue<T>(NameTrie<T> trie, AnalyzedText text, int first, int last, NameTrie<T>.Node node, int prefix, bool article, List<TrieMatch<T>> found, bool oneWordAllowed = true)
    {
        var words = 1;
        while (true)
        {
            if (node.HasValues && (words > 1 || oneWordAllowed))
            {
                found.Add(new TrieMatch<T>(first, last, prefix, article, node.Values));
            }
            if (words >= trie.MaxWords || NextWord(text, last) is not { } next)
            {
                return;
            }
            var token = text.Tokens[next.Index];
            if (token.IsArabic != text.Tokens[last].IsArabic || node.Next(token.IsArabic ? token.Norm : LatinWord(token)) is not { } child)
            {
                return;
            }
            node = child;
            last = next.Index;
            words++;
        }
    }

    // The word carries ال after its clitics ("بالرمادي", "للعراق" = ل + ال) or stands with it ("الموصل").
    internal static bool HasArticle(string word, int prefixLength)
    {
        var prefix = word.AsSpan(0, prefixLength);
        var rest = word.AsSpan(prefixLength);
        return prefix.EndsWith("ال", StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal)
            || (rest.Length >= 4 && rest.StartsWith("ال", StringComparison.Ordinal));
    }
}
