using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>
/// One text being scanned for sources: its tokens, the catalogue, and the trie matches at each token, each looked up
/// once and kept, so every rule reads them in constant time.
/// </summary>
internal sealed class SourceScan
{
    private readonly TrieMatch<CatalogueName>?[] names;
    private readonly TrieMatch<string>?[] roles;
    private readonly TrieMatch<string>?[] anonymous;
    private readonly byte[] looked;

    public SourceScan(AnalyzedText text, SourceCatalogue catalogue)
    {
        Text = text;
        Catalogue = catalogue;
        Lexicon = catalogue.Lexicon;
        var n = text.Tokens.Length;
        names = new TrieMatch<CatalogueName>?[n];
        roles = new TrieMatch<string>?[n];
        anonymous = new TrieMatch<string>?[n];
        looked = new byte[n];
    }

    public AnalyzedText Text { get; }

    public Token[] Tokens => Text.Tokens;

    public SourceCatalogue Catalogue { get; }

    public SourceLexicon Lexicon { get; }

    /// <summary>Other names the text gives an unlisted organisation ("آفاد" for the disaster agency), keyed normalised.</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public int Count => Tokens.Length;

    public string Norm(int t) => t >= 0 && t < Tokens.Length ? Tokens[t].Norm : string.Empty;

    public int SentenceLast(int t) => Text.SentenceOfToken(t).LastToken;

    public bool IsArabicWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsArabic;

    public bool IsLatinWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsWord && !Tokens[t].IsArabic;

    public bool IsPunct(int t, char c) => t >= 0 && t < Tokens.Length && Tokens[t].IsPunctuation(c);

    public bool IsPunct(int t) => t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Punctuation;

    /// <summary>True when a Latin word is written with a capital ("Carter", "UN").</summary>
    public bool IsCapitalised(int t) => IsLatinWord(t) && char.IsUpper(Text.Text[Tokens[t].Start]);

    public string Written(int t) => Text.Text[Tokens[t].Start..Tokens[t].End];

    /// <summary>The catalogue name starting at token <paramref name="t"/> (clitics allowed), within its sentence.</summary>
    public TrieMatch<CatalogueName>? NameAt(int t)
    {
        if (t < 0 || t >= Tokens.Length)
        {
            return null;
        }
        if ((looked[t] & 1) == 0)
        {
            looked[t] |= 1;
            names[t] = Catalogue.Names.Match(Text, t, SentenceLast(t), accept: (name, first, last) => SourceCatalogue.CaseFits(Text, name, first, last));
        }
        return names[t];
    }

    public TrieMatch<string>? RoleAt(int t)
    {
        if (t < 0 || t >= Tokens.Length)
        {
            return null;
        }
        if ((looked[t] & 2) == 0)
        {
            looked[t] |= 2;
            roles[t] = Catalogue.Roles.Match(Text, t, SentenceLast(t));
        }
        return roles[t];
    }

    public TrieMatch<string>? AnonymousAt(int t)
    {
        if (t < 0 || t >= Tokens.Length)
        {
            return null;
        }
        if ((looked[t] & 4) == 0)
        {
            looked[t] |= 4;
            anonymous[t] = Catalogue.Anonymous.Match(Text, t, SentenceLast(t));
        }
        return anonymous[t];
    }

    public CueKind Cue(int t) => t < 0 || t >= Tokens.Length || !Tokens[t].IsWord
        ? CueKind.None
        : Tokens[t].IsArabic ? Lexicon.ArabicCue(Tokens[t].Norm) : Lexicon.EnglishCue(Tokens[t].Norm);

    public bool IsSpeechVerb(int t) => Cue(t) is CueKind.Verb or CueKind.VerbThat or CueKind.Relay;

    /// <summary>True when what was said follows within a few tokens: أن/إن, a colon or a quotation mark.</summary>
    public bool SaysWhat(int t, int last)
    {
        for (var k = t; k <= Math.Min(last, t + 6); k++)
        {
            if (Norm(k) is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه" or "بانها" or "قائلا" or "قائله" or ":" or "«" or "\"" or "“" or "that")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the token starts with the Arabic article (possibly after و ف ل).</summary>
    public bool IsDefinite(int t) => IsArabicWord(t) && ArabicFunctionWords.IsDefinite(Tokens[t].Norm);

    public bool IsStop(int t) => t < 0 || t >= Tokens.Length || ArabicFunctionWords.IsStop(Text, t);

    /// <summary>The character where token <paramref name="t"/> starts once a clitic of <paramref name="prefixLength"/> letters is left out.</summary>
    public int StartAfter(int t, int prefixLength) =>
        prefixLength == 0 ? Tokens[t].Start : ArabicPrefixes.OriginalOffset(Text.Text, Tokens[t].Start, Tokens[t].End, prefixLength);

    /// <summary>Normalised key of a span of tokens, words only, each without ال: what names are grouped by.</summary>
    public string Key(int first, int last, int firstStart)
    {
        var words = new List<string>();
        for (var t = first; t <= last; t++)
        {
            if (Tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }
            var norm = t == first && firstStart > Tokens[t].Start
                ? TextNormalizer.Normalize(Text.Text.AsSpan(firstStart, Tokens[t].End - firstStart))
                : Tokens[t].Norm;
            words.Add(NameKeys.Word(norm));
        }
        return string.Join(' ', words);
    }

    public Found Entity(TrieMatch<CatalogueName> match, SourceRole role = SourceRole.Attribution) =>
        new(match.First, match.Last, match.Start, WithoutPossessive(match.Last, match.End), match.Value.Entry.Name, match.Value.Entry.Kind, Shape.Entity)
        {
            Role = role,
            Head = HeadOf(match.First, match.Start),
        };

    // "Saudi Aramco's profit": the name ends before "'s".
    private int WithoutPossessive(int last, int end) =>
        IsLatinWord(last) && end == Tokens[last].End && Written(last) is { Length: > 2 } written && written[^2] is '\'' or '’' && written[^1] == 's'
            ? end - 2
            : end;

    /// <summary>The head word of a phrase: its first word without clitics or ال ("المنظمة" → "منظمه").</summary>
    public string HeadOf(int t, int start) =>
        NameKeys.Word(start > Tokens[t].Start ? TextNormalizer.Normalize(Text.Text.AsSpan(start, Tokens[t].End - start)) : Tokens[t].Norm);

    public Found Span(int first, int last, int start, Shape shape, SourceKind kind, string? name = null) =>
        new(first, last, start, Tokens[last].End, name ?? Text.Text[start..Tokens[last].End], kind, shape);
}
