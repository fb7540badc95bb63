using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>Finds the named cities, countries and regions of a text through the gazetteer.</summary>
public sealed class PlaceExtractor(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <param name="blocked">Character spans that are names of organisations or outlets: no place inside them.</param>
    public IReadOnlyList<PlaceMention> Extract(AnalyzedText text, IReadOnlyList<(int Start, int End)> blocked) => [];
}
