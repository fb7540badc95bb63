using System.Text;
using Dashboard.Core.Text;

namespace Dashboard.Data.Queries;

/// <summary>
/// Decides which figures measure the same thing. The extractor's <c>counted</c> phrase varies in wording
/// ("cost of the campaign so far", "campaign costs", "daily cost of the campaign"), so the key is built from it:
/// <list type="number">
/// <item>the phrase is folded (case, Arabic spelling variants) and split on anything that is not a letter or digit;</item>
/// <item>stop words go, and so do hedges and time qualifiers ("about", "so far", "to date", "daily", "per", "total"),
///   because the approx flag, the bound, the date and <c>per</c> already say those things;</item>
/// <item>each word is made singular ("costs" → "cost", "casualties" → "casualty", "people" → "person") and a few
///   synonyms share one word ("dead", "deaths", "died" → "killed"; "injured" → "wounded");</item>
/// <item>the unit's own noun is dropped ("displaced people" in people = "displaced");</item>
/// <item>the remaining words, deduplicated and sorted, are the key.</item>
/// </list>
/// Two figures can only be the same measure with the same category, unit and <c>per</c>. Within those, equal keys
/// are one measure, and a key whose words are all inside exactly one larger key ("displaced" inside
/// "displaced aleppo") joins it; when it fits inside two unrelated keys ("killed" inside "civilian killed" and
/// "militant killed") it stays on its own, because it is ambiguous. A phrase with no word left has no key and is
/// never compared.
/// </summary>
public static class FigureMeasure
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "as", "into", "onto",
        "around", "near", "across", "within", "among", "amongst", "during", "over", "under", "than", "its", "their",
        "his", "her", "this", "that", "these", "those", "who", "which", "were", "was", "been", "be", "is", "are", "has",
        "have", "had", "some", "about", "nearly", "almost", "approximately", "roughly", "estimated", "estimate",
        "reportedly", "reported", "more", "less", "fewer", "least", "most", "up", "so", "far", "date", "until", "till",
        "since", "now", "total", "overall", "cumulative", "combined", "daily", "weekly", "monthly", "yearly", "annual",
        "annually", "per", "each", "every", "day", "week", "month", "year", "average", "rate", "figure", "number",
        "all", "other", "new", "latest", "current",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["people"] = "person", ["persons"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child",
        ["dead"] = "killed", ["death"] = "killed", ["deaths"] = "killed", ["died"] = "killed", ["kill"] = "killed",
        ["killing"] = "killed", ["killings"] = "killed", ["fatality"] = "killed", ["fatalities"] = "killed",
        ["injured"] = "wounded", ["injury"] = "wounded", ["injuries"] = "wounded", ["wound"] = "wounded",
        ["displacement"] = "displaced", ["displace"] = "displaced", ["idp"] = "displaced", ["idps"] = "displaced",
        ["costs"] = "cost", ["spending"] = "spent", ["spend"] = "spent",
    };

    /// <summary>The words of a counted phrase that identify the measure, sorted; empty when none is left.</summary>
    public static IReadOnlyList<string> Words(string counted, string unit)
    {
        var unitWord = Word(TextNormalizer.Normalize(unit));
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in TextNormalizer.Normalize(counted).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0 && !StopWords.Contains(current.ToString()))
            {
                var word = Word(current.ToString());
                if (word.Length > 0 && word != unitWord && !StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }
            current.Clear();
        }
        return [.. words];
    }

    /// <summary>The key of a counted phrase: its <see cref="Words"/> joined by spaces ("" when none).</summary>
    public static string Key(string counted, string unit) => string.Join(' ', Words(counted, unit));

    /// <summary>
    /// Gives every item the key of the measure it belongs to ("" for none), in the order of the items: items of
    /// the same category, unit and per with equal keys, or with a key contained in exactly one larger key, end up
    /// with the same key.
    /// </summary>
    public static IReadOnlyList<string> Cluster<T>(IReadOnlyList<T> items, Func<T, (string Category, string Unit, string? Per, string Counted)> describe)
    {
        var result = new string[items.Count];
        // Phrases repeat a lot: each distinct (unit, counted) is reduced once.
        var wordsOf = new Dictionary<(string Unit, string Counted), string>();
        var kinds = new Dictionary<(string Category, string Unit, string Per), List<(int Index, string Key)>>();
        for (var i = 0; i < items.Count; i++)
        {
            var fact = describe(items[i]);
            if (!wordsOf.TryGetValue((fact.Unit, fact.Counted), out var key))
            {
                key = Key(fact.Counted, fact.Unit);
                wordsOf[(fact.Unit, fact.Counted)] = key;
            }
            result[i] = key;
            if (key.Length > 0)
            {
                var kind = (fact.Category, fact.Unit, fact.Per ?? "");
                if (!kinds.TryGetValue(kind, out var list))
                {
                    kinds[kind] = list = [];
                }
                list.Add((i, key));
            }
        }
        foreach (var list in kinds.Values)
        {
            var merged = MergeContained(list.Select(x => x.Key).Distinct(StringComparer.Ordinal).ToList());
            foreach (var (index, key) in list)
            {
                result[index] = merged[key];
            }
        }
        return result;
    }

    /// <summary>True when all words of the smaller key are in the larger (equal keys included); never for empty keys.</summary>
    public static bool Compatible(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.All(w => large.Contains(w, StringComparer.Ordinal));
    }

    // Each key maps to the key of its group: the largest key of a chain of unambiguous containments. Containers
    // are looked up through the key's rarest word, so this stays fast with thousands of distinct phrasings.
    private static Dictionary<string, string> MergeContained(List<string> keys)
    {
        var parent = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Root(string key)
        {
            while (parent[key] != key)
            {
                key = parent[key];
            }
            return key;
        }
        var sets = keys.Select(k => (Key: k, Set: k.Split(' ').ToHashSet(StringComparer.Ordinal))).ToList();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var word in sets[i].Set)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var (key, set) in sets)
        {
            var rarest = set.MinBy(w => postings[w].Count)!;
            var containers = postings[rarest].Select(i => sets[i]).Where(o => o.Set.Count > set.Count && set.IsSubsetOf(o.Set)).ToList();
            if (containers.Count == 0)
            {
                continue;
            }
            // One reading only when a single container holds all the others (it is then the largest); two
            // containers that do not nest ("civilian killed", "militant killed") make the key ambiguous.
            var largest = containers.MaxBy(c => c.Set.Count);
            if (containers.All(c => c.Set.IsSubsetOf(largest.Set)))
            {
                var (a, b) = (Root(key), Root(largest.Key));
                if (a != b)
                {
                    parent[a] = b;
                }
            }
        }
        return parent.Keys.ToDictionary(k => k, Root, StringComparer.Ordinal);
    }

    // Singular form of one folded word: "casualties" → "casualty", "forces" → "force", "costs" → "cost".
    private static string Word(string word)
    {
        if (Synonyms.TryGetValue(word, out var synonym))
        {
            return synonym;
        }
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            word = word[..^3] + "y";
        }
        else if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }
        return Synonyms.TryGetValue(word, out var again) ? again : word;
    }
}
