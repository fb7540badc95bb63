using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Evaluation;

/// <summary>
/// Scores extracted facts against gold, each distinct fact counting once per article, one-to-one:
/// a date on its value; a figure on value (within 0.5 %), rate period and, for money, currency; a place or a
/// source on English name or surface text (for a person, the surname alone is enough).
/// </summary>
public static class FactMatcher
{
    public const double FigureTolerance = 0.005;

    public static ArticleScore Score(string name, ArticleFacts facts, GoldArticle gold)
    {
        var mismatches = new List<Mismatch>();
        var byKind = new Dictionary<FactKind, Scores>
        {
            [FactKind.Dates] = Match(FactKind.Dates, DistinctDates(facts), gold.Dates.DistinctBy(d => d.Value).ToList(),
                (x, g) => x.Value == g.Value, x => (x.Text, x.Value ?? "unresolved"), g => (g.Text, g.Value), mismatches),
            [FactKind.Figures] = Match(FactKind.Figures, DistinctFigures(facts), DistinctGoldFigures(gold),
                FigureMatches, x => (x.Text, Describe(x)), g => (g.Text, Describe(g)), mismatches),
            [FactKind.Places] = Match(FactKind.Places, Group(facts.Places, p => p.Place.Name), gold.Places.DistinctBy(p => p.Name.ToUpperInvariant()).ToList(),
                (x, g) => SameName(x.Name, g.Name) || x.Texts.Contains(Norm(g.Text)), x => (x.Texts.First(), x.Name), g => (g.Text, g.Name), mismatches),
            [FactKind.Sources] = Match(FactKind.Sources, Group(facts.Sources, s => s.Name), gold.Sources.DistinctBy(s => s.Name.ToUpperInvariant()).ToList(),
                SourceMatches, x => (x.Texts.First(), x.Name), g => (g.Text, g.Name), mismatches),
        };
        return new ArticleScore(name, byKind, mismatches);
    }

    private sealed record Named(string Name, HashSet<string> Texts);

    private static List<DateMention> DistinctDates(ArticleFacts facts) =>
        facts.Dates.Where(d => d.Value is not null).DistinctBy(d => d.Value)
            .Concat(facts.Dates.Where(d => d.Value is null).DistinctBy(d => Norm(d.Text)))
            .ToList();

    private static List<FigureMention> DistinctFigures(ArticleFacts facts) =>
        facts.Figures.DistinctBy(f => (Math.Round(f.Value, 6), f.Unit, f.Per)).ToList();

    private static List<GoldFigure> DistinctGoldFigures(GoldArticle gold) =>
        gold.Figures.DistinctBy(f => (Math.Round(f.Value, 6), f.Unit, f.Per)).ToList();

    private static List<Named> Group<T>(IEnumerable<T> facts, Func<T, string> name) where T : IFact =>
        facts.GroupBy(f => name(f).ToUpperInvariant())
            .Select(g => new Named(name(g.First()), g.Select(f => Norm(f.Text)).ToHashSet(StringComparer.Ordinal)))
            .ToList();

    private static bool FigureMatches(FigureMention x, GoldFigure g)
    {
        var close = Math.Abs(x.Value - g.Value) <= FigureTolerance * Math.Max(Math.Abs(g.Value), 1e-9);
        var samePer = string.Equals(x.Per?.Code(), NullIfEmpty(g.Per), StringComparison.OrdinalIgnoreCase);
        var goldMoney = IsCurrency(g.Unit);
        var sameMoney = goldMoney ? string.Equals(x.Unit, g.Unit, StringComparison.OrdinalIgnoreCase) : !x.IsMoney;
        return close && samePer && sameMoney;
    }

    private static bool SourceMatches(Named x, GoldSource g)
    {
        if (SameName(x.Name, g.Name) || x.Texts.Contains(Norm(g.Text)))
        {
            return true;
        }
        // A person is matched by surname: "كارتر" and "آشتون كارتر", "Carter" and "Ash Carter".
        return string.Equals(g.Kind, "person", StringComparison.OrdinalIgnoreCase)
            && (SameName(LastWord(x.Name), LastWord(g.Name)) || x.Texts.Select(LastWord).Contains(LastWord(Norm(g.Text))));
    }

    private static Scores Match<TExtracted, TGold>(
        FactKind kind,
        IReadOnlyList<TExtracted> extracted,
        IReadOnlyList<TGold> gold,
        Func<TExtracted, TGold, bool> matches,
        Func<TExtracted, (string Text, string Value)> describeExtracted,
        Func<TGold, (string Text, string Value)> describeGold,
        List<Mismatch> mismatches)
    {
        var used = new bool[extracted.Count];
        var truePositives = 0;
        foreach (var g in gold)
        {
            var found = -1;
            for (var i = 0; i < extracted.Count && found < 0; i++)
            {
                if (!used[i] && matches(extracted[i], g))
                {
                    found = i;
                }
            }
            if (found >= 0)
            {
                used[found] = true;
                truePositives++;
            }
            else
            {
                var (text, value) = describeGold(g);
                mismatches.Add(new Mismatch(kind, true, text, value));
            }
        }
        for (var i = 0; i < extracted.Count; i++)
        {
            if (!used[i])
            {
                var (text, value) = describeExtracted(extracted[i]);
                mismatches.Add(new Mismatch(kind, false, text, value));
            }
        }
        return new Scores(truePositives, extracted.Count - truePositives, gold.Count - truePositives);
    }

    private static string Describe(FigureMention f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Value:G} {f.Unit}{(f.Per is { } per ? "/" + per.Code() : "")} ({f.Counted})");

    private static string Describe(GoldFigure f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Value:G} {f.Unit}{(NullIfEmpty(f.Per) is { } per ? "/" + per : "")} ({f.Counted})");

    private static bool SameName(string a, string b) => string.Equals(Norm(a), Norm(b), StringComparison.Ordinal);

    private static string Norm(string text) =>
        string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation).Select(t => ArabicPrefixes.WithoutArticle(t.Norm)));

    private static string LastWord(string text)
    {
        var norm = Norm(text);
        var space = norm.LastIndexOf(' ');
        return space < 0 ? norm : norm[(space + 1)..];
    }

    private static bool IsCurrency(string? unit) => unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
