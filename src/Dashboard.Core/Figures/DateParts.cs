using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Figures;

/// <summary>
/// Marks the tokens that belong to dates, whose numbers are not figures: the spans of the dates already found,
/// and on its own days and years next to a month name ("28 يناير/كانون الثاني 2016", "Jan. 28, 2016", "29 و30
/// يناير"), numeric dates ("28/1/2016", "2016-01-28") and years marked as such ("1437 هـ", "2016م").
/// </summary>
internal static class DateParts
{
    private static readonly HashSet<string> MonthSecondWords = new[] { "الأول", "الثاني", "الآخر", "الآخرة", "الأولى", "القعدة", "الحجة" }
        .Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> DayJoiners = new[] { "و", "-", "–", "إلى", "to", "and", "حتى", "،", ",", "&" }
        .Select(w => TextNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    public static bool[] Mark(AnalyzedText text, IReadOnlyList<DateMention> dates)
    {
        var tokens = text.Tokens;
        var marked = new bool[tokens.Length];
        foreach (var date in dates)
        {
            for (var k = FirstEndingAfter(tokens, date.Start); k < tokens.Length && tokens[k].Start < date.End; k++)
            {
                marked[k] = true;
            }
        }
        var t = new SentenceTokens(text);
        foreach (var sentence in text.Sentences)
        {
            t.Focus(sentence);
            for (var i = sentence.FirstToken; i <= sentence.LastToken; i++)
            {
                if (TimeWords.IsMonth(t, i))
                {
                    MarkAroundMonth(t, i, marked);
                }
                else if (t.IsNumber(i))
                {
                    MarkNumericDate(t, i, marked);
                }
            }
        }
        return marked;
    }

    private static void MarkAroundMonth(SentenceTokens t, int month, bool[] marked)
    {
        // Before: "28 يناير", "28 من شهر يناير", "29 و30 يناير", "10-12 March".
        var k = month - 1;
        for (var skipped = 0; skipped < 2 && t.Norm(k) is "من" or "شهر" or "of"; skipped++)
        {
            k--;
        }
        if (IsDay(t, k))
        {
            marked[k] = true;
            var joiner = k - 1;
            if (t.IsWord(joiner) && t.Norm(joiner) == "و" || t.In(joiner) && DayJoiners.Contains(t.Norm(joiner)))
            {
                if (IsDay(t, joiner - 1))
                {
                    marked[joiner - 1] = true;
                }
            }
        }
        // After: "يناير/كانون الثاني 2016", "كانون الأول (ديسمبر) 2015", "Jan. 28, 2016", "March 2015".
        var j = month + 1;
        if (MonthSecondWords.Contains(t.Norm(j)))
        {
            j++;
        }
        if ((t.IsPunct(j, '/') || t.IsPunct(j, '(')) && TimeWords.IsMonth(t, j + 1))
        {
            j += 2;
            if (MonthSecondWords.Contains(t.Norm(j)))
            {
                j++;
            }
            if (t.IsPunct(j, ')'))
            {
                j++;
            }
        }
        if (t.IsPunct(j, '.') || t.IsPunct(j, ','))
        {
            j++;
        }
        if (IsDay(t, j) && !t.IsArabicWord(month))
        {
            marked[j] = true;
            j++;
            if (t.IsPunct(j, ','))
            {
                j++;
            }
        }
        if (IsYear(t, j))
        {
            marked[j] = true;
        }
    }

    private static void MarkNumericDate(SentenceTokens t, int i, bool[] marked)
    {
        // "28/1/2016", "1/28/2016", "2016-01-28", "28.01.2016" split by the tokenizer or not.
        foreach (var separator in new[] { '/', '-', '.' })
        {
            if (t.IsPunct(i + 1, separator) && t.Glued(i, i + 1) && t.IsNumber(i + 2) && t.Glued(i + 1, i + 2))
            {
                var third = t.IsPunct(i + 3, separator) && t.Glued(i + 2, i + 3) && t.IsNumber(i + 4) && t.Glued(i + 3, i + 4);
                var looksLikeDate = separator == '/' || (third && (IsYear(t, i) || IsYear(t, i + 4)));
                if (looksLikeDate && (separator == '/' ? IsDayOrMonth(t, i) && (IsDayOrMonth(t, i + 2) || IsYear(t, i + 2)) : true))
                {
                    marked[i] = marked[i + 2] = true;
                    if (third)
                    {
                        marked[i + 4] = true;
                    }
                }
                return;
            }
        }
        // "1437 هـ", "2016م".
        var next = t.Norm(i + 1);
        if (t.IsArabicWord(i + 1) && next is "ه" or "م" && IsYear(t, i, hijri: next == "ه"))
        {
            marked[i] = true;
        }
    }

    private static bool IsDay(SentenceTokens t, int i) =>
        t.IsNumber(i) && t.Norm(i).Length <= 2 && int.TryParse(t.Norm(i), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;

    private static bool IsDayOrMonth(SentenceTokens t, int i) => IsDay(t, i);

    public static bool IsYear(SentenceTokens t, int i, bool hijri = false) =>
        t.IsNumber(i) && t.Norm(i).Length == 4 && int.TryParse(t.Norm(i), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && (hijri ? y is >= 1300 and <= 1500 : y is >= 1900 and <= 2100);

    private static int FirstEndingAfter(Token[] tokens, int start)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
