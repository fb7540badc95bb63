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
        IReadOnlyList<SourceMention> sources,
        DateOnly? published = null)
    {
        var publishedDay = published is { } day ? DateValue.Format(day, DatePrecision.Day) : null;
        // Facts looked up by sentence once, so building events stays linear in the number of facts.
        var placesBySentence = places.ToLookup(p => p.Sentence);
        var figuresBySentence = figures.Select((f, i) => (f.Sentence, Index: i)).ToLookup(x => x.Sentence, x => x.Index);
        var sourcesBySentence = sources.ToLookup(s => s.Sentence);
        var events = new List<TimelineEvent>();
        foreach (var sentenceDates in dates.Where(d => d.Resolved).GroupBy(d => d.Sentence).OrderBy(g => g.Key))
        {
            // The most precise date of the sentence dates the event; among equals, the first one. A dateline or a
            // "today" only repeats the publication day: another date in the sentence says when the event was.
            var date = sentenceDates.OrderBy(d => d.Value == publishedDay ? 1 : 0).ThenBy(d => d.Precision).ThenBy(d => d.Start).First();
            var sentence = sentenceDates.Key;
            events.Add(new TimelineEvent(
                sentence,
                date.Value!,
                date.Precision,
                Label(text.SentenceText(sentence)),
                placesBySentence[sentence].Select(p => p.Place.Key).Distinct().ToList(),
                figuresBySentence[sentence].ToList(),
                sourcesBySentence[sentence].Select(s => s.Name).Distinct().ToList()));
        }
        return events;
    }

    /// <summary>The sentence cut at a word boundary to at most <see cref="LabelLength"/> characters.</summary>
    public static string Label(string sentence) => TextCut.Shorten(sentence, LabelLength + 1);
}
