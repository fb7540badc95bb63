using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Sources;

/// <summary>Finds who information comes from: credits and attributions.</summary>
public sealed class SourceExtractor(SourceCatalogue catalogue)
{
    public SourceCatalogue Catalogue { get; } = catalogue;

    public IReadOnlyList<SourceMention> Extract(AnalyzedText text) => [];

    /// <summary>Character spans of organisation, outlet and agency names anywhere in the text (places inside them are not places).</summary>
    public IReadOnlyList<(int Start, int End)> NamedSpans(AnalyzedText text) => [];
}
