using System.Globalization;

namespace Dashboard.Core.Dates;

/// <summary>Weekday names in Arabic (with the article, reached through clitics) and English, from Data/weekdays.tsv.</summary>
internal static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> Names = DateData.Rows("weekdays.tsv")
        .Select(row => (Name: DateData.Words(row[1])[0], Day: (DayOfWeek)int.Parse(row[0], CultureInfo.InvariantCulture)))
        .DistinctBy(x => x.Name)
        .ToDictionary(x => x.Name, x => x.Day, StringComparer.Ordinal);

    private static readonly HashSet<string> NameSet = new(Names.Keys, StringComparer.Ordinal);

    /// <summary>The weekday named by token k (English only when capitalised).</summary>
    public static DayOfWeek? At(DateReader r, int k, out int trim)
    {
        trim = 0;
        if (!r.IsWord(k))
        {
            return null;
        }
        if (!r.Tokens[k].IsArabic)
        {
            return r.Capitalized(k) && Names.TryGetValue(r.W(k), out var english) ? english : null;
        }
        return r.Is(k, NameSet, out trim, out var stem) ? Names[stem] : null;
    }
}
