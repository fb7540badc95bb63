using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Dates;

/// <summary>
/// The publication date printed near the top of an article: a dateline ("BAGHDAD, March 3, 2016 (Reuters) -",
/// "لندن - 10 فبراير 2016"), a date line of its own ("الأربعاء 10 فبراير 2016"), or a date after "نُشر في",
/// "Published:", "آخر تحديث". Only whole days count; a date inside a sentence of the story or a caption
/// ("Protesters in Cairo on 25 January 2011") is an event, not the date.
/// </summary>
internal static class PublishedDates
{
    private const int TopSentences = 6;
    private const int TopTokens = 200;
    private const int DatelineReach = 6;

    private static readonly HashSet<string> Cues = new(
        ["نشر", "النشر", "تحديث", "التحديث", "بتاريخ", "published", "updated", "posted", "date"], StringComparer.Ordinal);

    private static readonly HashSet<char> DatelineMarks = ['-', '–', '—', ',', '،', ':', '|', '/', '(', ')', '"', '«', '»', '“', '”'];

    // A clock time printed before the date: "08:15 م الجمعة 07 أغسطس 2015", "3:45 PM".
    private static readonly HashSet<string> ClockWords = new(["ص", "م", "am", "pm", "gmt", "utc"], StringComparer.Ordinal);

    public static DateOnly? Infer(AnalyzedText text)
    {
        var reader = new DateReader(text);
        foreach (var (expression, _) in DateExtractor.Scan(reader, text))
        {
            var sentence = text.SentenceOfToken(expression.First);
            if (sentence.Index >= TopSentences || expression.First >= TopTokens)
            {
                break;
            }
            if (expression.Spec is not CalendarSpec { Day: not null, IsAbsolute: true } spec
                || DateResolver.Resolve(spec, null, false).Value is not { } value)
            {
                continue;
            }
            reader.Enter(sentence);
            if (Cued(reader, expression.First) || Dateline(reader, sentence, expression))
            {
                return DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static bool Cued(DateReader r, int first)
    {
        for (var k = first - 1; k >= r.Lo && k >= first - 4; k--)
        {
            if (r.Is(k, Cues))
            {
                return true;
            }
        }
        return false;
    }

    // The date opens its line, after at most a place and a mark ("لندن -", "BAGHDAD,"), and a mark or the line's end
    // follows; a line that is not a sentence of the story (no full stop) may go on ("... 2016 مـ رقم العدد 13589").
    private static bool Dateline(DateReader r, Sentence sentence, DateExpression date)
    {
        var before = date.First - sentence.FirstToken;
        var opens = before == 0 || (before <= DatelineReach && (IsMark(r, date.First - 1) || OnlyClockBefore(r, sentence, date.First)));
        var closes = date.Last == sentence.LastToken || IsMark(r, date.Last + 1) || r.IsNumber(date.Last + 1)
            || (before == 0 && !IsStop(r, sentence.LastToken));
        return opens && closes;
    }

    private static bool OnlyClockBefore(DateReader r, Sentence sentence, int first)
    {
        for (var k = sentence.FirstToken; k < first; k++)
        {
            if (!r.IsNumber(k) && !r.IsPunct(k, ':') && !r.Is(k, ClockWords))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsStop(DateReader r, int k) => r.IsPunct(k, '.') || r.IsPunct(k, '!') || r.IsPunct(k, '?') || r.IsPunct(k, '؟');

    private static bool IsMark(DateReader r, int k) =>
        r.In(k) && r.Tokens[k].Kind == TokenKind.Punctuation && DatelineMarks.Contains(r.Tokens[k].Norm[0]);
}
