using Dashboard.Core.Dates;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Figures;
using Dashboard.Core.Places;
using Dashboard.Core.Sources;
using Dashboard.Core.Text;

namespace Dashboard.Core.Extraction;

/// <summary>
/// Runs every extractor over one article in the order their dependencies need: the publication date anchors
/// relative dates; organisation names block places inside them; places tell which currency a bare "دينار" is.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer, SourceCatalogue catalogue)
{
    private readonly DateExtractor dates = new();
    private readonly FigureExtractor figures = new();
    private readonly PlaceExtractor places = new(gazetteer);
    private readonly SourceExtractor sources = new(catalogue);

    public static ArticleExtractor CreateDefault() => new(Gazetteer.BuiltIn, SourceCatalogue.BuiltIn);

    public Gazetteer Gazetteer => places.Gazetteer;

    public ArticleFacts Extract(string text, ArticleMetadata metadata)
    {
        var analyzed = new AnalyzedText(text);
        var (published, basis) = metadata.Published is { } given
            ? (given, PublishedBasis.Metadata)
            : dates.InferPublished(analyzed) is { } inferred ? (inferred, PublishedBasis.Inferred) : ((DateOnly?)null, PublishedBasis.Unknown);
        var document = new DocumentInfo(
            Title: string.IsNullOrWhiteSpace(metadata.Title) ? TitleOf(analyzed) : metadata.Title.Trim(),
            Language: metadata.Language ?? (analyzed.IsArabic ? "ar" : "en"),
            Published: published,
            PublishedBasis: basis,
            Outlet: metadata.Outlet,
            Url: metadata.Url);

        var foundDates = dates.Extract(analyzed, published);
        var foundSources = sources.Extract(analyzed);
        var foundPlaces = places.Extract(analyzed, sources.NamedSpans(analyzed));
        var foundFigures = figures.Extract(analyzed, new FigureContext(foundDates, MainCountry(foundPlaces)));
        foundFigures = AttributeFigures(foundFigures, foundSources);
        var events = EventBuilder.Build(analyzed, foundDates, foundFigures, foundPlaces, foundSources, published);
        return new ArticleFacts(document, text, analyzed.Sentences, foundDates, foundFigures, foundPlaces, foundSources, events);
    }

    private static string TitleOf(AnalyzedText text) =>
        text.Sentences.Length == 0 ? "(untitled)" : EventBuilder.Label(text.SentenceText(0));

    /// <summary>The country named most often, counting a city or region for its country.</summary>
    private static string? MainCountry(IReadOnlyList<PlaceMention> places) =>
        places.Where(p => p.Place.Country is not null)
            .GroupBy(p => p.Place.Country!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(p => p.Start))
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>A figure is attributed to the nearest attribution source in its own sentence.</summary>
    private static IReadOnlyList<FigureMention> AttributeFigures(IReadOnlyList<FigureMention> figures, IReadOnlyList<SourceMention> sources)
    {
        var attributions = sources.Where(s => s.Role == SourceRole.Attribution).ToLookup(s => s.Sentence);
        return figures.Select(f =>
        {
            var source = attributions[f.Sentence].MinBy(s => Math.Abs(s.Start - f.Start));
            return source is null ? f : f with { Source = source.Name };
        }).ToList();
    }
}
