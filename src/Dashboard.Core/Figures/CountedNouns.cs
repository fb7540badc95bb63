using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

internal enum NounKind
{
    Person,
    Group,
    Thing,
}

internal enum NounForm
{
    Singular,
    Plural,
    Dual,
}

/// <summary>What a counted noun maps to: an English unit, a short English gloss, a category and its kind.</summary>
internal sealed record CountedNoun(string Unit, string Counted, FigureCategory Category, NounKind Kind);

internal readonly record struct NounMatch(CountedNoun Noun, NounForm Form, int Last);

/// <summary>
/// The noun lexicons (Figures/Data/nouns-ar.tsv, nouns-en.tsv): each form of a noun, one or more words, mapped to
/// what it counts. Arabic singulars also get their accusative ("قتيلاً") and indefinite dual ("قتيلين", "دولتين").
/// </summary>
internal sealed class CountedNouns
{
    private readonly Dictionary<string, List<(string[] Words, CountedNoun Noun, NounForm Form)>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, CountedNoun Noun, NounForm Form)>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private CountedNouns(string resource, bool arabic)
    {
        foreach (var line in ReadLines(resource))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < (arabic ? 6 : 5))
            {
                throw new InvalidDataException($"{resource}: too few columns in '{line}'");
            }
            if (arabic)
            {
                var noun = new CountedNoun(cells[2], cells[3], ParseCategory(cells[4]), ParseKind(cells[5]));
                var plurals = Split(cells[1]).Select(Words).ToList();
                foreach (var singular in Split(cells[0]))
                {
                    var words = Words(singular);
                    Add(words, noun, NounForm.Singular);
                    if (Accusative(singular, words) is { } accusative)
                    {
                        Add(accusative, noun, NounForm.Singular);
                    }
                    foreach (var dual in Duals(singular, words, plurals))
                    {
                        Add(dual, noun, NounForm.Dual);
                    }
                }
                foreach (var plural in plurals)
                {
                    Add(plural, noun, NounForm.Plural);
                }
            }
            else
            {
                var noun = new CountedNoun(cells[1], cells[2], ParseCategory(cells[3]), ParseKind(cells[4]));
                // A form is singular when the entry also lists its regular plural ("account", "accounts"); invariant nouns
                // ("aircraft", "personnel", "sheep") count as plural.
                var forms = Split(cells[0]).ToList();
                foreach (var form in forms)
                {
                    var singular = form.Length > 3 && forms.Contains(form + "s") || forms.Contains(form + "es")
                        || (form.EndsWith('y') && forms.Contains(form[..^1] + "ies")) || (form.EndsWith("man", StringComparison.Ordinal) && forms.Contains(form[..^3] + "men"));
                    Add(Words(form), noun, singular ? NounForm.Singular : NounForm.Plural);
                }
            }
        }
        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CountedNouns Arabic { get; } = new("nouns-ar.tsv", arabic: true);

    public static CountedNouns English { get; } = new("nouns-en.tsv", arabic: false);

    public static CountedNouns For(SentenceTokens t, int i) => t.IsArabicWord(i) ? Arabic : English;

    /// <summary>
    /// The noun starting at token <paramref name="pos"/>, as written or, when allowed, with glued particles
    /// (و ب ل) or the article stripped from its first word.
    /// </summary>
    public bool TryMatch(SentenceTokens t, int pos, bool particles, bool article, out NounMatch match)
    {
        match = default;
        if (!t.IsWord(pos))
        {
            return false;
        }
        if (!ArabicClitics.TryLookup(lookup, t.Norm(pos), particles && t.IsArabicWord(pos), article && t.IsArabicWord(pos), out var list, out _))
        {
            return false;
        }
        foreach (var (words, noun, form) in list)
        {
            var fits = true;
            for (var k = 1; k < words.Length && fits; k++)
            {
                fits = t.In(pos + k) && t.Norm(pos + k) == words[k];
            }
            if (fits)
            {
                match = new NounMatch(noun, form, pos + words.Length - 1);
                return true;
            }
        }
        return false;
    }

    /// <summary>A one-word noun given as a string (a stem with a pronoun suffix removed: "عناصرها" → "عناصر").</summary>
    public bool TryMatchWord(string norm, out CountedNoun noun)
    {
        noun = null!;
        if (!byFirst.TryGetValue(norm, out var list))
        {
            return false;
        }
        foreach (var (words, candidate, _) in list)
        {
            if (words.Length == 1)
            {
                noun = candidate;
                return true;
            }
        }
        return false;
    }

    private void Add(string[] words, CountedNoun noun, NounForm form)
    {
        if (words.Length == 0)
        {
            return;
        }
        if (!byFirst.TryGetValue(words[0], out var list))
        {
            byFirst[words[0]] = list = [];
        }
        if (!list.Exists(x => x.Words.AsSpan().SequenceEqual(words)))
        {
            list.Add((words, noun, form));
        }
    }

    private static string[] Words(string form) => Tokenizer.Tokenize(form).Select(x => x.Norm).ToArray();

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Tanwin fath writes an alef after most indefinite singulars ("قتيلاً", "طناً"); not after taa marbuta or alef maqsura.
    private static string[]? Accusative(string original, string[] words)
    {
        var last = original.TrimEnd()[^1];
        if (words.Length == 0 || last is 'ة' or 'ى' or 'ا' or 'ء' or 'أ')
        {
            return null;
        }
        var accusative = (string[])words.Clone();
        accusative[0] += "ا";
        if (accusative.Length > 1 && !accusative[^1].EndsWith('ه'))
        {
            accusative[^1] += "ا";
        }
        return accusative;
    }

    // The dual: taa marbuta opens to ت ("دولة" → "دولتين"); a form already listed as a plural ("مدنيين") is not a dual.
    private static IEnumerable<string[]> Duals(string original, string[] words, List<string[]> plurals)
    {
        if (words.Length != 1)
        {
            yield break;
        }
        var word = words[0];
        var stem = word.EndsWith('ه') ? word[..^1] + "ت" : word;
        foreach (var ending in new[] { "ين", "ان" })
        {
            var dual = stem + ending;
            if (!plurals.Exists(p => p.Length == 1 && p[0] == dual) && !original.EndsWith('ا'))
            {
                yield return [dual];
            }
        }
    }

    private static FigureCategory ParseCategory(string code) => FactCodes.Parse<FigureCategory>(code.Trim());

    private static NounKind ParseKind(string code) => Enum.Parse<NounKind>(code.Trim(), ignoreCase: true);

    /// <summary>The lines of one of the Figures/Data files.</summary>
    internal static IEnumerable<string> ReadResource(string file) => ReadLines(file);

    private static IEnumerable<string> ReadLines(string file)
    {
        var assembly = typeof(CountedNouns).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The resource {file} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line.TrimEnd('\r');
        }
    }
}
