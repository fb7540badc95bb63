using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>
/// Names that hold a place name but are not places (Data/not_places.txt: "تنظيم الدولة الإسلامية", "Bank of England",
/// "البيت الأبيض"), and the heads that make a following or preceding place part of an organisation's name
/// (Data/org_heads.tsv: "جامعة القاهرة", "University of Baghdad", "Tehran Times").
/// </summary>
internal sealed class NotPlaceNames
{
    private static readonly Lazy<NotPlaceNames> BuiltInNames = new(Load);

    private readonly NameTrie<bool> names = new();
    private readonly HashSet<string> arabicHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> headsBeforeOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> headsAfter = new(StringComparer.Ordinal);

    public static NotPlaceNames BuiltIn => BuiltInNames.Value;

    /// <summary>The character spans of every listed name in the text (longest first, left to right).</summary>
    public IReadOnlyList<(int Start, int End)> Find(AnalyzedText text)
    {
        var spans = new List<(int, int)>();
        var found = new List<TrieMatch<bool>>();
        var i = 0;
        while (i < text.Tokens.Length)
        {
            found.Clear();
            TrieWalk.At(names, text, i, found);
            if (found.Count == 0)
            {
                i++;
                continue;
            }
            var last = found.Max(m => m.Last);
            spans.Add((text.Tokens[i].Start, text.Tokens[last].End));
            i = last + 1;
        }
        return spans;
    }

    /// <summary>
    /// True when the name at tokens <paramref name="first"/>..<paramref name="last"/> is part of an organisation's or a
    /// facility's name: after a head ("جامعة القاهرة", "مطار بيروت"), or with the head as its own first or last word
    /// ("معبر رفح", "Rafah crossing").
    /// </summary>
    public bool IsInsideOrganisation(AnalyzedText text, int first, int last, int prefixLength)
    {
        var token = text.Tokens[first];
        if (token.IsArabic)
        {
            return (prefixLength == 0 && text.Adjacent(first - 1, first) && IsArabicHead(text.Tokens[first - 1]))
                || (last > first && IsArabicHead(token));
        }
        if (text.Adjacent(first - 2, first - 1) && text.Adjacent(first - 1, first) && text.Tokens[first - 1].IsWord
            && text.Tokens[first - 1].Norm == "of" && text.Tokens[first - 2].IsWord && headsBeforeOf.Contains(text.Tokens[first - 2].Norm))
        {
            return true;
        }
        return (text.Adjacent(last, last + 1) && IsEnglishHeadAfter(text, text.Tokens[last + 1]))
            || (last > first && IsEnglishHeadAfter(text, text.Tokens[last]));
    }

    private bool IsArabicHead(Token token) => token.IsArabic && ArabicPrefixes.Readings(token.Norm).Any(r => arabicHeads.Contains(r.Stem));

    private bool IsEnglishHeadAfter(AnalyzedText text, Token token) =>
        token is { IsWord: true, IsArabic: false } && headsAfter.Contains(text.Slice(token.Start, token.End));

    private static NotPlaceNames Load()
    {
        var result = new NotPlaceNames();
        foreach (var line in PlaceData.Lines("not_places.txt"))
        {
            foreach (var key in NameKey.Of(line))
            {
                result.names.Add(key.Words, true);
            }
        }
        foreach (var line in PlaceData.Lines("org_heads.tsv").Skip(1))
        {
            var cells = line.Split('\t');
            var word = cells[1].Trim();
            var set = cells[0] switch
            {
                "before" => result.arabicHeads,
                "of" => result.headsBeforeOf,
                "after" => result.headsAfter,
                _ => throw new FormatException($"org_heads.tsv: unknown position '{cells[0]}'."),
            };
            set.Add(cells[0] == "after" ? word : TextNormalizer.Normalize(word));
        }
        return result;
    }
}
