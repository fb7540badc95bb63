using Dashboard.Core.Text;

namespace Dashboard.Core.Dates;

/// <summary>
/// Token access for the date parsers, bounded to one sentence at a time: a token outside the current sentence
/// reads as empty, so no expression ever spans two sentences.
/// </summary>
internal sealed class DateReader(AnalyzedText text)
{
    // English words lose a possessive ending: "Monday's attack", "last year's budget".
    private readonly string[] words = text.Tokens.Select(t => !t.IsWord || t.IsArabic ? t.Norm : WithoutPossessive(t.Norm)).ToArray();

    // Each Arabic word's clitic readings, computed once: every parser asks about the same few words.
    private readonly (int Trim, string Stem)[]?[] readings = new (int, string)[]?[text.Tokens.Length];

    // The clitics that can precede a date word: conjunctions و ف, prepositions ب ل ك, and their pairs.
    private static readonly string[] Clitics = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

    // ل before the article drops its alef: "للعام" is ل + العام.
    private static readonly string[] LamBeforeArticle = ["لل", "ولل", "فلل"];

    public AnalyzedText Text { get; } = text;

    public Token[] Tokens { get; } = text.Tokens;

    public int Lo { get; private set; }

    public int Hi { get; private set; } = -1;

    public bool IsArabic { get; } = text.IsArabic;

    public void Enter(Sentence sentence)
    {
        Lo = sentence.FirstToken;
        Hi = sentence.LastToken;
    }

    public bool In(int k) => k >= Lo && k <= Hi;

    /// <summary>The normalised token, or "" outside the sentence.</summary>
    public string W(int k) => In(k) ? words[k] : "";

    private static string WithoutPossessive(string w) =>
        w.Length > 2 && w[^2] is '\'' or '’' && w[^1] == 's' ? w[..^2] : w;

    public bool IsNumber(int k) => In(k) && Tokens[k].IsNumber;

    public bool IsWord(int k) => In(k) && Tokens[k].IsWord;

    public bool IsArabicWord(int k) => In(k) && Tokens[k].IsArabic;

    public bool IsPunct(int k, char c) => In(k) && Tokens[k].IsPunctuation(c);

    public bool IsDash(int k) => In(k) && Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Norm[0] is '-' or '–' or '—';

    /// <summary>True for the colon of a clock time ("10:30"), glued between two numbers.</summary>
    public bool IsClockColon(int k) => IsPunct(k, ':') && IsNumber(k - 1) && IsNumber(k + 1) && Glued(k - 1, k) && Glued(k, k + 1);

    /// <summary>True when token <paramref name="b"/> starts exactly where <paramref name="a"/> ends.</summary>
    public bool Glued(int a, int b) => In(a) && In(b) && Tokens[a].End == Tokens[b].Start;

    /// <summary>True for a Latin word written with a capital ("May", "March").</summary>
    public bool Capitalized(int k) => IsWord(k) && !Tokens[k].IsArabic && char.IsUpper(Text.Text[Tokens[k].Start]);

    /// <summary>The value of a plain digit token of at most <paramref name="maxDigits"/> digits, or -1.</summary>
    public int Int(int k, int maxDigits = 4)
    {
        if (!IsNumber(k))
        {
            return -1;
        }
        var norm = Tokens[k].Norm;
        if (norm.Length > maxDigits)
        {
            return -1;
        }
        var value = 0;
        foreach (var c in norm)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>Digit count of a plain digit token (0 when it is not one).</summary>
    public int Digits(int k) => Int(k) >= 0 ? Tokens[k].Norm.Length : 0;

    /// <summary>
    /// True when token <paramref name="k"/> is in <paramref name="words"/>, itself or after an Arabic clitic
    /// ("وأمس", "بنهاية"); <paramref name="stem"/> is the word matched and <paramref name="trim"/> the clitic's length
    /// in normalised letters (0 for "للعام", whose span keeps the whole word).
    /// </summary>
    public bool Is(int k, IReadOnlySet<string> words, out int trim, out string stem)
    {
        trim = 0;
        stem = W(k);
        if (stem.Length == 0)
        {
            return false;
        }
        if (words.Contains(stem))
        {
            return true;
        }
        if (!Tokens[k].IsArabic)
        {
            return false;
        }
        foreach (var reading in Readings(k))
        {
            if (words.Contains(reading.Stem))
            {
                (trim, stem) = reading;
                return true;
            }
        }
        return false;
    }

    public bool Is(int k, IReadOnlySet<string> words, out int trim) => Is(k, words, out trim, out _);

    public bool Is(int k, IReadOnlySet<string> words) => Is(k, words, out _, out _);

    /// <summary>The clitic readings of Arabic token k (see <see cref="Stems"/>).</summary>
    public (int Trim, string Stem)[] Readings(int k) => readings[k] ??= Stems(Tokens[k].Norm).ToArray();

    /// <summary>Each reading of an Arabic word as clitic + stem (stem of two letters at least); "للخميس" reads as ل + الخميس.</summary>
    public static IEnumerable<(int Trim, string Stem)> Stems(string w)
    {
        foreach (var clitic in Clitics)
        {
            if (w.Length - clitic.Length >= 2 && w.StartsWith(clitic, StringComparison.Ordinal))
            {
                yield return (clitic.Length, w[clitic.Length..]);
            }
        }
        // The span keeps the whole word: its letters do not split into clitic and stem.
        foreach (var clitic in LamBeforeArticle)
        {
            if (w.Length - clitic.Length >= 2 && w.StartsWith(clitic, StringComparison.Ordinal))
            {
                yield return (0, "ال" + w[clitic.Length..]);
            }
        }
    }

    /// <summary>The character offset in the original text after the first <paramref name="trim"/> normalised letters of token k.</summary>
    public int StartAfter(int k, int trim) => ArabicPrefixes.OriginalOffset(Text.Text, Tokens[k].Start, Tokens[k].End, trim);
}
