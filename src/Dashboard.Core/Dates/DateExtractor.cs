using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Dates;

/// <summary>Finds absolute and relative dates and resolves relative ones against the publication date.</summary>
public sealed class DateExtractor
{
    public IReadOnlyList<DateMention> Extract(AnalyzedText text, DateOnly? published) => [];

    /// <summary>A publication date the text itself gives (a dateline), when the metadata has none.</summary>
    public DateOnly? InferPublished(AnalyzedText text) => null;
}
