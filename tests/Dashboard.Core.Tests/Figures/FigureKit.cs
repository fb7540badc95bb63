using Dashboard.Core.Facts;
using Dashboard.Core.Figures;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Figures;

/// <summary>Runs the figure extractor on a text, with no dates found and an optional main country.</summary>
internal static class FigureKit
{
    public static IReadOnlyList<FigureMention> Extract(string text, string? mainCountry = null, IReadOnlyList<DateMention>? dates = null) =>
        new FigureExtractor().Extract(new AnalyzedText(text), new FigureContext(dates ?? [], mainCountry));

    /// <summary>The one figure of a sentence that has exactly one.</summary>
    public static FigureMention Single(string text, string? mainCountry = null)
    {
        var figures = Extract(text, mainCountry);
        Assert.True(figures.Count == 1, $"expected one figure in «{text}», got {figures.Count}: {Describe(figures)}");
        return figures[0];
    }

    /// <summary>The figure with this value (there must be one).</summary>
    public static FigureMention WithValue(IReadOnlyList<FigureMention> figures, double value)
    {
        var found = figures.Where(f => Close(f.Value, value)).ToList();
        Assert.True(found.Count >= 1, $"no figure of {value} among {Describe(figures)}");
        return found[0];
    }

    public static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));

    public static string Describe(IEnumerable<FigureMention> figures) =>
        string.Join("; ", figures.Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"«{f.Text}» {f.Value} {f.Unit}{(f.Per is { } p ? "/" + p.Code() : "")}")));

    /// <summary>Checks one figure against expected value, unit, per (code or null), approx and category code.</summary>
    public static void Check(FigureMention figure, double value, string unit, string? per, bool approx, string category)
    {
        Assert.True(Close(figure.Value, value), $"value {figure.Value} ≠ {value} for «{figure.Text}»");
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(per, figure.Per?.Code());
        Assert.Equal(approx, figure.Approx);
        Assert.Equal(category, figure.Category.Code());
    }
}
