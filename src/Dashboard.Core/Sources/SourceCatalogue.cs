using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>
/// Agencies, outlets, organisations and people known by their Arabic and English names, with the titles and
/// anonymous-source phrases that introduce speakers. Loaded once from the embedded files in Sources/Data.
/// </summary>
public sealed class SourceCatalogue
{
    private static readonly Lazy<SourceCatalogue> BuiltInCatalogue = new(() => new SourceCatalogue(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CatalogueEntry?> surnames = new(StringComparer.Ordinal);

    private SourceCatalogue()
    {
        Lexicon = new SourceLexicon();
        var entries = new List<CatalogueEntry>();
        foreach (var row in CatalogueData.Rows("sources.tsv"))
        {
            if (row.Length < 4 || !Enum.TryParse<SourceKind>(row[1], ignoreCase: true, out var kind))
            {
                continue;
            }
            var entry = new CatalogueEntry(row[0], kind, row[2], row[3]);
            entries.Add(entry);
            var english = Alternatives(row, 4).Prepend(row[2]);
            var arabic = Alternatives(row, 5).Prepend(row[3]);
            foreach (var name in english.Concat(arabic).Where(n => n.Length > 0))
            {
                AddName(entry, name);
            }
        }
        Entries = entries;
        foreach (var row in CatalogueData.Rows("roles.tsv").Where(r => r.Length >= 2))
        {
            Roles.Add(NameKeys.Words(row[0]), row[1]);
        }
        foreach (var line in CatalogueData.Lines("roles_en.txt"))
        {
            Roles.Add(NameKeys.Words(line), line);
        }
        foreach (var row in CatalogueData.Rows("anonymous.tsv").Where(r => r.Length >= 2))
        {
            Anonymous.Add(NameKeys.Words(row[0]), row[1]);
        }
        foreach (var line in CatalogueData.Lines("anonymous_en.txt"))
        {
            var name = WithoutArticle(line);
            Anonymous.Add(NameKeys.Words(name), name);
        }
    }

    /// <summary>The catalogue shipped in this assembly (Sources/Data/sources.tsv and its companions).</summary>
    public static SourceCatalogue BuiltIn => BuiltInCatalogue.Value;

    public IReadOnlyList<CatalogueEntry> Entries { get; }

    internal NameTrie<CatalogueName> Names { get; } = new();

    /// <summary>Titles that introduce a speaker, valued by their English role ("الناطق باسم" → "spokesman for").</summary>
    internal NameTrie<string> Roles { get; } = new();

    /// <summary>Anonymous-source phrases, valued by their English name ("مسؤول عسكري" → "military official").</summary>
    internal NameTrie<string> Anonymous { get; } = new();

    internal SourceLexicon Lexicon { get; }

    /// <summary>The catalogue entry whose name or alias is exactly <paramref name="name"/>, if any.</summary>
    public CatalogueEntry? Find(string name)
    {
        var text = new AnalyzedText(name);
        var last = text.Tokens.Length - 1;
        return Names.Match(text, 0, last, clitics: false, accept: (n, first, end) => end == last && CaseFits(text, n, first, end)) is { } match
            ? match.Value.Entry
            : null;
    }

    /// <summary>The one catalogue person with this surname (normalised, without ال), or null when none or several.</summary>
    internal CatalogueEntry? PersonBySurname(string surnameKey) => surnames.GetValueOrDefault(surnameKey);

    /// <summary>Latin aliases keep their capitals: "AP" must be upper case, "Petra" capitalised; a leading "The" may be "the".</summary>
    internal static bool CaseFits(AnalyzedText text, CatalogueName name, int first, int last)
    {
        if (name.NeedsArticle)
        {
            var norm = text.Tokens[first].Norm;
            return norm.StartsWith("ال", StringComparison.Ordinal) || ArabicFunctionWords.IsDefinite(norm);
        }
        if (name.LatinWords is not { } words)
        {
            return true;
        }
        var k = 0;
        for (var t = first; t <= last && k < words.Length; t++)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }
            var written = text.Text.AsSpan(token.Start, token.Length);
            var alias = words[k];
            if (IsAcronym(alias))
            {
                if (!written.SequenceEqual(alias))
                {
                    return false;
                }
            }
            else if (char.IsUpper(alias[0]) && !char.IsUpper(written[0]) && !(k == 0 && alias == "The" && !name.Ambiguous))
            {
                return false;
            }
            k++;
        }
        return true;
    }

    private void AddName(CatalogueEntry entry, string name)
    {
        var words = NameKeys.Words(name);
        if (words.Length == 0)
        {
            return;
        }
        var latin = !TextNormalizer.IsMostlyArabic(name);
        var key = string.Join(' ', words);
        var ambiguous = Lexicon.Ambiguous.Contains(key);
        var needsArticle = ambiguous && !latin && name.StartsWith("ال", StringComparison.Ordinal);
        var latinWords = latin
            ? Tokenizer.Tokenize(name).Where(t => t.Kind != TokenKind.Punctuation).Select(t => name[t.Start..t.End]).ToArray()
            : null;
        Names.Add(words, new CatalogueName(entry, latinWords, ambiguous) { Weak = Lexicon.Weak.Contains(key), NeedsArticle = needsArticle });
        // "وزارة الخارجية المصرية" is also written "الخارجية المصرية".
        if (!latin && words.Length == 3 && words[0] == "وزاره" && words[2].EndsWith("يه", StringComparison.Ordinal))
        {
            Names.Add(words[1..], new CatalogueName(entry, null, ambiguous));
        }
        if (entry.Kind == SourceKind.Person && words.Length >= 2)
        {
            var surname = words[^1];
            if (surname.Length >= 3)
            {
                surnames[surname] = surnames.TryGetValue(surname, out var other) && other != entry ? null : entry;
            }
        }
    }

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);

    private static IEnumerable<string> Alternatives(string[] row, int column) =>
        row.Length > column ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static string WithoutArticle(string phrase)
    {
        foreach (var article in (string[])["a ", "an ", "the "])
        {
            if (phrase.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return phrase[article.Length..];
            }
        }
        return phrase;
    }
}
