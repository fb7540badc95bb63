using Dashboard.Data.Queries;

namespace Dashboard.Web.Features.Documents;

public sealed record ReaderSegment(string Text, FactSpan? Fact);

public sealed record ReaderSentence(int Index, IReadOnlyList<ReaderSegment> Segments);

/// <summary>
/// Cuts a document into paragraphs of sentences, and each sentence into plain and highlighted segments. Where
/// facts overlap (a date inside a figure), the earlier and longer one is highlighted. Text is rendered by Razor,
/// so it is always escaped.
/// </summary>
public static class ReaderText
{
    public static IReadOnlyList<IReadOnlyList<ReaderSentence>> Build(DocumentView view)
    {
        var facts = view.Facts.OrderBy(f => f.Start).ThenByDescending(f => f.End - f.Start).ToList();
        var paragraphs = new List<IReadOnlyList<ReaderSentence>>();
        var current = new List<ReaderSentence>();
        var previousEnd = 0;
        var next = 0;
        foreach (var sentence in view.Sentences)
        {
            if (current.Count > 0 && view.Text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n'))
            {
                paragraphs.Add(current);
                current = [];
            }
            var segments = new List<ReaderSegment>();
            var position = sentence.Start;
            while (next < facts.Count && facts[next].Start < sentence.End)
            {
                var fact = facts[next++];
                if (fact.Start < position || fact.End > sentence.End)
                {
                    continue; // overlaps a fact already highlighted
                }
                if (fact.Start > position)
                {
                    segments.Add(new ReaderSegment(view.Text[position..fact.Start], null));
                }
                segments.Add(new ReaderSegment(view.Text[fact.Start..fact.End], fact));
                position = fact.End;
            }
            if (position < sentence.End)
            {
                segments.Add(new ReaderSegment(view.Text[position..sentence.End], null));
            }
            current.Add(new ReaderSentence(sentence.Index, segments));
            previousEnd = sentence.End;
        }
        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }
        return paragraphs;
    }
}
