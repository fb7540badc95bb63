namespace Dashboard.Core.Figures;

/// <summary>
/// Looks a normalised Arabic word up in a table as written, then without the particles glued to its front
/// (و ف ب ل ك and their pairs) and, where the caller allows it, without the article ال. Lookups use spans,
/// so trying every reading allocates nothing.
/// </summary>
internal static class ArabicClitics
{
    private static readonly string[] Particles = ["وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك"];

    // "لل" is ل + ال with the alef dropped ("للنازحين").
    private static readonly string[] Articles = ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

    public static bool TryLookup<T>(
        Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> table,
        string word,
        bool particles,
        bool article,
        out T value,
        out int prefixLength)
    {
        prefixLength = 0;
        if (table.TryGetValue(word.AsSpan(), out value!))
        {
            return true;
        }
        if (article)
        {
            foreach (var prefix in Articles)
            {
                if (!particles && prefix.Length > 2 && prefix != "لل")
                {
                    continue;
                }
                if (Try(table, word, prefix, out value))
                {
                    prefixLength = prefix.Length;
                    return true;
                }
            }
        }
        if (particles)
        {
            foreach (var prefix in Particles)
            {
                if (Try(table, word, prefix, out value))
                {
                    prefixLength = prefix.Length;
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }

    /// <summary>True when the word is only glued particles ("و", "ب", "وب"), as left over when a number follows.</summary>
    public static bool IsParticle(string word) => Array.IndexOf(Particles, word) >= 0;

    private static bool Try<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> table, string word, string prefix, out T value)
    {
        value = default!;
        return word.Length - prefix.Length >= 2
            && word.StartsWith(prefix, StringComparison.Ordinal)
            && table.TryGetValue(word.AsSpan(prefix.Length), out value!);
    }
}
