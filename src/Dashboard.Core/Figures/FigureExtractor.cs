using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>What the figure extractor needs to know about the rest of the article.</summary>
/// <param name="Dates">Dates already found: their numbers are not figures.</param>
/// <param name="MainCountry">The ISO code of the country the article is mostly about, for bare "دينار" or "ريال".</param>
public sealed record FigureContext(IReadOnlyList<DateMention> Dates, string? MainCountry);

/// <summary>Finds numbers with what they count: money, rates, casualties, counts, percentages.</summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<FigureMention> Extract(AnalyzedText text, FigureContext context) =>
        new FigureScanner(text, context).Scan();
}
