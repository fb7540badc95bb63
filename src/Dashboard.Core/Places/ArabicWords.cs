using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>Shapes of Arabic words that matter for telling a place from an ordinary word (normalised input).</summary>
internal static class ArabicWords
{
    private static readonly Lazy<HashSet<string>> Common = new(() =>
        PlaceData.Lines("common_words_ar.txt").Select(w => ArabicPrefixes.WithoutArticle(TextNormalizer.Normalize(w))).ToHashSet(StringComparer.Ordinal));

    // Generic nouns of geography: "خليج" is a gulf, not the Gulf; "الخليج" with its article is.
    private static readonly HashSet<string> GenericNouns = new(StringComparer.Ordinal)
    {
        "خليج", "ساحل", "صحراء", "جزيره", "مدينه", "شرق", "غرب", "شمال", "جنوب", "ضفه", "قطاع", "بحر", "نهر", "جبل", "وادي",
        "سهل", "واحه", "مضيق", "قناه", "منطقه", "اقليم", "محيط", "مشرق", "مغرب", "شام",
    };

    /// <summary>A word that may stand for a place written without its article ("موصل"): not a generic noun like "خليج".</summary>
    public static bool MayDropArticle(string canonical) => canonical.Length >= 4 && !GenericNouns.Contains(canonical) && !IsCommonWord(canonical);

    /// <summary>A place name that is also an everyday word (Data/common_words_ar.txt), compared without its article.</summary>
    public static bool IsCommonWord(string canonical) => Common.Value.Contains(canonical);

    /// <summary>The shape of a nisba adjective: "سورية" is the country and the feminine of "سوري".</summary>
    public static bool IsNisbaShaped(string word) => word.EndsWith("يه", StringComparison.Ordinal) || word.EndsWith('ي');

    /// <summary>Carries ال, alone or behind clitics: "الحكومة", "بالطرق", "للقوات".</summary>
    public static bool IsDefinite(Token token) =>
        token.IsArabic && ArabicPrefixes.Readings(token.Norm).Any(r => TrieWalk.HasArticle(token.Norm, r.PrefixLength));

    /// <summary>The clitics glued to the front of a name, as read by the matcher.</summary>
    public static string Prefix(Token token, int prefixLength) => token.Norm[..prefixLength];
}
