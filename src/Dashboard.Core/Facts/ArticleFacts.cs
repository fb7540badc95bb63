using Dashboard.Core.Documents;
using Dashboard.Core.Text;

namespace Dashboard.Core.Facts;

/// <summary>Everything extraction found in one article.</summary>
public sealed record ArticleFacts(
    DocumentInfo Document,
    string Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<FigureMention> Figures,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<SourceMention> Sources,
    IReadOnlyList<TimelineEvent> Events)
{
    public string SentenceText(int index) => Text[Sentences[index].Start..Sentences[index].End];
}
