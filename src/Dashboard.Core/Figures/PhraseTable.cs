using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Multi-word phrases (normalised, tokenised like the text) with a value each, matched on tokens forwards from a
/// position or backwards to one, longest phrase first. The first word may carry glued Arabic particles when
/// the caller allows ("بنحو", "لأكثر من").
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> firstLookup;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var words = Tokenizer.Tokenize(phrase).Select(x => x.Norm).ToArray();
            Add(byFirst, words[0], words, value);
            Add(byLast, words[^1], words, value);
        }
        foreach (var list in byFirst.Values.Concat(byLast.Values))
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        firstLookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxWords { get; private set; }

    /// <summary>A phrase starting at <paramref name="pos"/>: its last token and value.</summary>
    public bool MatchForward(SentenceTokens t, int pos, bool particles, out int last, out T value)
    {
        last = pos;
        value = default!;
        if (!t.In(pos) || !ArabicClitics.TryLookup(firstLookup, t.Norm(pos), particles && t.IsArabicWord(pos), article: false, out var list, out _))
        {
            return false;
        }
        foreach (var (words, v) in list)
        {
            if (Fits(t, pos, words, 1))
            {
                last = pos + words.Length - 1;
                value = v;
                return true;
            }
        }
        return false;
    }

    /// <summary>A phrase ending at <paramref name="end"/>: its first token and value.</summary>
    public bool MatchBackward(SentenceTokens t, int end, bool particles, out int first, out T value)
    {
        first = end;
        value = default!;
        if (!t.In(end))
        {
            return false;
        }
        // The phrase's last word is matched as written, except a one-word phrase whose only word may carry particles.
        if (byLast.TryGetValue(t.Norm(end), out var list))
        {
            foreach (var (words, v) in list)
            {
                var start = end - words.Length + 1;
                if (t.In(start) && Fits(t, start, words, 0, particles))
                {
                    first = start;
                    value = v;
                    return true;
                }
            }
        }
        if (particles && t.IsArabicWord(end) && ArabicClitics.TryLookup(firstLookup, t.Norm(end), true, false, out var single, out _))
        {
            foreach (var (words, v) in single)
            {
                if (words.Length == 1)
                {
                    value = v;
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Fits(SentenceTokens t, int start, string[] words, int from, bool particlesOnFirst = false)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (!t.In(start + k))
            {
                return false;
            }
            var norm = t.Norm(start + k);
            if (norm == words[k])
            {
                continue;
            }
            if (k == 0 && particlesOnFirst && t.IsArabicWord(start) && HasParticle(norm, words[0]))
            {
                continue;
            }
            return false;
        }
        return true;
    }

    private static bool HasParticle(string norm, string word) =>
        norm.Length > word.Length && norm.Length - word.Length <= 2 && norm.EndsWith(word, StringComparison.Ordinal)
        && ArabicClitics.IsParticle(norm[..^word.Length]);

    private void Add(Dictionary<string, List<(string[] Words, T Value)>> index, string key, string[] words, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Exists(x => x.Words.AsSpan().SequenceEqual(words)))
        {
            list.Add((words, value));
        }
        MaxWords = Math.Max(MaxWords, words.Length);
    }
}
