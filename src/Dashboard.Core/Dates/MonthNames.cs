using System.Globalization;

namespace Dashboard.Core.Dates;

/// <summary>A month name found in the text: which month, of which calendar, and the tokens it covers.</summary>
internal readonly record struct MonthMatch(int Month, bool Hijri, bool English, bool Abbreviation, int First, int Last, int Trim);

/// <summary>
/// Gregorian and Hijri month names in Arabic (all three series and their spellings) and English, from
/// Data/months.tsv. Names of two words ("كانون الثاني", "ربيع الآخر") are matched token by token.
/// </summary>
internal static class MonthNames
{
    private sealed record Entry(string[] Rest, int Month, bool Hijri, bool English, bool Abbreviation);

    private static readonly Dictionary<string, List<Entry>> ByFirstWord = Load();

    private static Dictionary<string, List<Entry>> Load()
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var row in DateData.Rows("months.tsv"))
        {
            var words = DateData.Words(row[2]);
            var english = !Text.TextNormalizer.IsArabicLetter(words[0][0]);
            var entry = new Entry(words[1..], int.Parse(row[1], CultureInfo.InvariantCulture), row[0] == "h", english, row.Length > 3 && row[3] == "abbr");
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }
            if (!list.Any(e => e.Rest.SequenceEqual(entry.Rest) && e.Month == entry.Month && e.Hijri == entry.Hijri))
            {
                list.Add(entry);
            }
        }
        // Longer names first, so "ربيع الأول" wins over a one-word reading.
        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
        }
        return byFirst;
    }

    /// <summary>The month name starting at token k, if any. English names must be capitalised.</summary>
    public static MonthMatch? At(DateReader r, int k)
    {
        var w = r.W(k);
        if (w.Length == 0 || !r.IsWord(k))
        {
            return null;
        }
        if (Find(r, k, w, 0) is { } whole)
        {
            return whole;
        }
        if (!r.Tokens[k].IsArabic)
        {
            return null;
        }
        foreach (var (trim, stem) in r.Readings(k))
        {
            // Short names ("آب", "ماي", "أوت") are too easily the tail of another word ("باب") to be read after a
            // clitic, unless a year follows ("وآب 2012").
            if (trim > 0 && Find(r, k, stem, trim) is { } stripped && (stem.Length >= 4 || r.Digits(stripped.Last + 1) == 4))
            {
                return stripped;
            }
        }
        return null;
    }

    private static MonthMatch? Find(DateReader r, int k, string first, int trim)
    {
        if (!ByFirstWord.TryGetValue(first, out var entries))
        {
            return null;
        }
        foreach (var e in entries)
        {
            if (e.English && !r.Capitalized(k))
            {
                continue;
            }
            var ok = true;
            for (var j = 0; j < e.Rest.Length && ok; j++)
            {
                ok = r.W(k + 1 + j) == e.Rest[j];
            }
            if (ok)
            {
                return new MonthMatch(e.Month, e.Hijri, e.English, e.Abbreviation, k, k + e.Rest.Length, trim);
            }
        }
        return null;
    }
}
