using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Events;

/// <summary>Turns every sentence with a resolved date into a timeline event with what the sentence names.</summary>
public static class EventBuilder
{
    public const int LabelLength = 90;

    public static IReadOnlyList<TimelineEvent> Build(
        AnalyzedText text,
        IReadOnlyList<DateMention> dates,
        IReadOnlyList<FigureMention> figures,
        IReadOnlyList<PlaceMention> places,
        IReadOnlyList<SourceMention> sources)
    {
        var events = new List<TimelineEvent>();
        foreach (var sentenceDates in dates.Where(d => d.Resolved).GroupBy(d => d.Sentence).OrderBy(g => g.Key))
        {
            // The most precise date of the sentence dates the event; among equals, the first one.
            var date = sentenceDates.OrderBy(d => d.Precision).ThenBy(d => d.Start).First();
            var sentence = sentenceDates.Key;
            events.Add(new TimelineEvent(
                sentence,
                date.Value!,
                date.Precision,
                Label(text.SentenceText(sentence)),
                places.Where(p => p.Sentence == sentence).Select(p => p.Place.Key).Distinct().ToList(),
                figures.Select((f, i) => (f, i)).Where(x => x.f.Sentence == sentence).Select(x => x.i).ToList(),
                sources.Where(s => s.Sentence == sentence).Select(s => s.Name).Distinct().ToList()));
        }
        return events;
    }

    /// <summary>The sentence cut at a word boundary to at most <see cref="LabelLength"/> characters.</summary>
    public static string Label(string sentence)
    {
        var clean = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= LabelLength)
        {
            return clean;
        }
        var cut = clean.LastIndexOf(' ', LabelLength);
        return string.Concat(clean.AsSpan(0, cut > LabelLength / 2 ? cut : LabelLength), "…");
    }
}
