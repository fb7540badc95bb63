using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Dates;

/// <summary>Finds absolute and relative dates and resolves relative ones against the publication date.</summary>
public sealed class DateExtractor
{
    private delegate int Parser(DateReader r, int i, List<DateExpression> output);

    // Tried in order at each token; each looks a bounded number of tokens ahead, so a scan is linear in the text.
    private static readonly Parser[] Parsers =
    [
        RelativeDays.TryParse,
        AgoDates.TryParse,
        AheadDates.TryParse,
        CalendarDates.TryParse,
        WeekdayDates.TryParse,
        AnaphoricPeriods.TryParse,
        Seasons.TryParse,
        RelativePeriods.TryParse,
        Years.TryParse,
    ];

    public IReadOnlyList<DateMention> Extract(AnalyzedText text, DateOnly? published)
    {
        var mentions = new List<DateMention>();
        var reader = new DateReader(text);
        var anchor = new AnaphoraAnchor();
        foreach (var (expression, future) in Scan(reader, text))
        {
            var sentence = text.SentenceOf(expression.First);
            var resolution = expression.Spec is AnaphoricSpec anaphoric
                ? anchor.Resolve(anaphoric, sentence, published)
                : DateResolver.Resolve(expression.Spec, published, future);
            if (!resolution.Valid)
            {
                continue;
            }
            anchor.Saw(resolution, sentence);
            var start = reader.StartAfter(expression.First, expression.Trim);
            var end = text.Tokens[expression.Last].End;
            mentions.Add(new DateMention(
                text.Text[start..end], start, end, text.SentenceOf(expression.First),
                resolution.Value, resolution.Precision, resolution.Relative)
            {
                Calendar = expression.Spec is CalendarSpec { Hijri: true } ? "hijri" : "gregorian",
            });
        }
        return mentions;
    }

    /// <summary>A publication date the text itself gives (a dateline), when the metadata has none.</summary>
    public DateOnly? InferPublished(AnalyzedText text) => PublishedDates.Infer(text);

    /// <summary>Every date expression of the text in order, with whether its sentence looks ahead.</summary>
    internal static IEnumerable<(DateExpression Expression, bool Future)> Scan(DateReader reader, AnalyzedText text)
    {
        var found = new List<DateExpression>();
        foreach (var sentence in text.Sentences)
        {
            reader.Enter(sentence);
            var i = sentence.FirstToken;
            while (i <= sentence.LastToken)
            {
                found.Clear();
                var last = -1;
                foreach (var parser in Parsers)
                {
                    last = parser(reader, i, found);
                    if (last >= i)
                    {
                        break;
                    }
                    found.Clear();
                }
                if (last < i)
                {
                    i++;
                    continue;
                }
                foreach (var expression in found)
                {
                    yield return (expression, NeedsTense(expression.Spec) && Tense.IsFuture(reader, expression.First, expression.Last));
                }
                i = last + 1;
            }
        }
    }

    private static bool NeedsTense(DateSpec spec) =>
        spec is WeekdaySpec { Direction: Direction.None or Direction.Current } or CalendarSpec { Year: null, YearOffset: null, Direction: Direction.None }
            or AheadSpec;
}
