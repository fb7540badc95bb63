using System.Globalization;

namespace Dashboard.Data.Queries;

/// <summary>One report of a figure with the values it allows.</summary>
public sealed record ReportedFigure(FigureRow Figure, FigureRange Range);

/// <summary>
/// Reports of the same measure over the same time that disagree: every value with its source, date, document and
/// sentence, in date order.
/// </summary>
public sealed record FigureConflict
{
    public string Key { get; init; } = "";

    /// <summary>The measure as the reports word it most often ("displaced people in Aleppo").</summary>
    public string Measure { get; init; } = "";

    public string Category { get; init; } = "";

    public string Unit { get; init; } = "";

    public string? Per { get; init; }

    /// <summary>The first and last day of the reports (null for undated reports).</summary>
    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<ReportedFigure> Values { get; init; } = [];

    /// <summary>Reports of the window left out of <see cref="Values"/> (beyond <see cref="FigureConflicts.MaxValues"/>).</summary>
    public int MoreValues { get; init; }
}

/// <summary>
/// Finds conflicting figures among stored figure rows. Figures are the same measure when
/// <see cref="FigureMeasure"/> gives them one key (same category, unit and per, equivalent wording) and they
/// fall in the same time window: dated figures within <see cref="WindowDays"/> days of the window's earliest
/// one (windows are laid greedily from the earliest date, so a window never spans more than 31 days); undated
/// figures form one window of their own among the documents of the filter. A window is a conflict when two of
/// its reports from different documents or different sources allow no common value (<see cref="FigureRange"/>).
/// </summary>
public static class FigureConflicts
{
    public const int WindowDays = 31;

    /// <summary>At most this many values per conflict are kept: the lowest, the highest and the latest others.</summary>
    public const int MaxValues = 12;

    public static IReadOnlyList<FigureConflict> Find(IReadOnlyList<FigureRow> rows)
    {
        var keys = FigureMeasure.Cluster(rows, r => (r.Category, r.Unit, r.Per, r.Counted));
        var conflicts = new List<FigureConflict>();
        foreach (var measure in rows.Select((r, i) => (Row: r, Key: keys[i])).Where(x => x.Key.Length > 0)
            .GroupBy(x => (x.Row.Category, x.Row.Unit, x.Row.Per, x.Key), x => x.Row))
        {
            foreach (var window in Windows(measure))
            {
                var values = window
                    .DistinctBy(r => (r.DocumentId, r.Source ?? "", r.Value, r.Approx, r.Bound))
                    .Select(r => new ReportedFigure(r, FigureRange.Of(r.Value, r.Approx, r.Bound, r.Text)))
                    .OrderBy(v => v.Figure.Date ?? "", StringComparer.Ordinal).ThenBy(v => v.Figure.Value).ThenBy(v => v.Figure.Id)
                    .ToList();
                if (!Disagree(values))
                {
                    continue;
                }
                var kept = Keep(values);
                var dates = values.Select(v => v.Figure.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
                conflicts.Add(new FigureConflict
                {
                    Key = measure.Key.Key,
                    Measure = values.GroupBy(v => v.Figure.Counted).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
                    Category = measure.Key.Category,
                    Unit = measure.Key.Unit,
                    Per = measure.Key.Per,
                    From = dates.FirstOrDefault(),
                    To = dates.LastOrDefault(),
                    Values = kept,
                    MoreValues = values.Count - kept.Count,
                });
            }
        }
        return conflicts.OrderByDescending(c => c.To ?? "", StringComparer.Ordinal).ThenBy(c => c.Measure, StringComparer.Ordinal).ToList();
    }

    // The lowest and highest reports always stay (they make the conflict), then the latest ones; in date order.
    private static List<ReportedFigure> Keep(List<ReportedFigure> values)
    {
        if (values.Count <= MaxValues)
        {
            return values;
        }
        var lowest = values.MinBy(v => v.Range.High)!;
        var highest = values.MaxBy(v => v.Range.Low)!;
        var kept = new HashSet<ReportedFigure>(ReferenceEqualityComparer.Instance) { lowest, highest };
        foreach (var value in Enumerable.Reverse(values))
        {
            if (kept.Count >= MaxValues)
            {
                break;
            }
            kept.Add(value);
        }
        return values.Where(kept.Contains).ToList();
    }

    /// <summary>Two reports from different documents or sources whose ranges do not meet.</summary>
    public static bool Disagree(IReadOnlyList<ReportedFigure> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                var (a, b) = (values[i].Figure, values[j].Figure);
                var otherReport = a.DocumentId != b.DocumentId || !string.Equals(a.Source ?? "", b.Source ?? "", StringComparison.OrdinalIgnoreCase);
                if (otherReport && !values[i].Range.AgreesWith(values[j].Range))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The time windows of one measure's reports: undated together, dated in runs of at most 31 days.</summary>
    public static IEnumerable<IReadOnlyList<FigureRow>> Windows(IEnumerable<FigureRow> rows)
    {
        var list = rows.ToList();
        var undated = list.Where(r => Day(r.Date) is null).ToList();
        if (undated.Count > 1)
        {
            yield return undated;
        }
        var window = new List<FigureRow>();
        DateOnly? anchor = null;
        foreach (var (row, day) in list.Select(r => (Row: r, Day: Day(r.Date))).Where(x => x.Day is not null).OrderBy(x => x.Day).ThenBy(x => x.Row.Id))
        {
            if (anchor is { } start && day!.Value.DayNumber - start.DayNumber > WindowDays)
            {
                if (window.Count > 1)
                {
                    yield return window;
                }
                window = [];
                anchor = null;
            }
            anchor ??= day;
            window.Add(row);
        }
        if (window.Count > 1)
        {
            yield return window;
        }
    }

    /// <summary>The day of a stored date ("2016-01-28"; a month or year reads as its first day), or null.</summary>
    public static DateOnly? Day(string? value) => value?.Length switch
    {
        10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        7 => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null,
        4 => DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y) ? y : null,
        _ => null,
    };
}
