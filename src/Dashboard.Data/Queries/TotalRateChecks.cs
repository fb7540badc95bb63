using System.Globalization;

namespace Dashboard.Data.Queries;

/// <summary>A date a document gives as the start of something ("since 8 August 2014", "منذ أغسطس 2014").</summary>
public sealed record StatedStart
{
    public string Date { get; init; } = "";

    public string Text { get; init; } = "";

    public long DocumentId { get; init; }

    public long Sentence { get; init; }

    public string SentenceText { get; init; } = "";
}

/// <summary>
/// A total and a rate of the same measure checked against each other: total ÷ rate-per-day gives the days the
/// total took, and the total's date minus those days the day it would have started. When the documents give a
/// start date, the days since it are compared with the implied days.
/// </summary>
public sealed record TotalRateCheck
{
    public required FigureRow Total { get; init; }

    public required FigureRow Rate { get; init; }

    public double RatePerDay { get; init; }

    public double ImpliedDays { get; init; }

    /// <summary>The total's day minus the implied days (null when the total is undated).</summary>
    public string? ImpliedStart { get; init; }

    public StatedStart? Stated { get; init; }

    /// <summary>Days from the stated start to the total's day.</summary>
    public double? StatedDays { get; init; }

    /// <summary>|implied − stated| ÷ stated days.</summary>
    public double? Difference { get; init; }

    /// <summary>True when implied and stated days are within <see cref="TotalRateChecks.Agreement"/>; null with no stated start.</summary>
    public bool? Agrees => Difference is { } d ? d <= TotalRateChecks.Agreement : null;
}

/// <summary>
/// Pairs totals with rates of the same measure and does the arithmetic. A total (no per) and a rate (per day,
/// week, month or year) pair when they have the same category and unit, their measure words are compatible
/// (<see cref="FigureMeasure.Compatible"/>: "cost of the campaign so far" and "daily cost of the campaign" both
/// reduce to "campaign cost"), and they are in the same document or dated within 31 days of each other.
/// Each total takes its best rate: the same document first, then the nearest in time.
/// </summary>
public static class TotalRateChecks
{
    /// <summary>Implied and stated durations agree within 15 %.</summary>
    public const double Agreement = 0.15;

    public const int MaxChecks = 20;

    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal) { "money", "casualties", "displaced" };

    // Words that, just before a date, make it the start of something.
    private static readonly string[] StartMarkers =
    [
        "since", "began", "begun", "beginning", "started", "start", "starting", "launched", "launch", "commenced",
        "منذ", "بدء", "بدات", "بدا", "بداية", "بدايه", "انطلاق", "انطلقت", "اطلاق",
    ];

    /// <summary>Days in one rate period: a day, a week, an average month (365.25 ÷ 12) or year.</summary>
    public static double DaysPer(string? per) => per switch
    {
        "day" => 1,
        "week" => 7,
        "month" => 365.25 / 12,
        "year" => 365.25,
        _ => double.NaN,
    };

    /// <summary>Total ÷ (rate ÷ days per period): 5.8 billion at 11.4 million a day = 508.8 days.</summary>
    public static double ImpliedDays(double total, double rate, string? per) => total / (rate / DaysPer(per));

    /// <summary>The day the total would have started: its day minus the implied days, rounded to whole days.</summary>
    public static DateOnly ImpliedStart(DateOnly totalDay, double impliedDays) => totalDay.AddDays(-(int)Math.Round(impliedDays));

    /// <summary>True when a date mention is introduced as a start: a marker in it or in the 40 characters before it.</summary>
    public static bool IsStart(string before, string mention)
    {
        var window = Core.Text.TextNormalizer.Normalize(before.Length > 40 ? before[^40..] : before) + " " + Core.Text.TextNormalizer.Normalize(mention);
        var separators = window.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        var words = window.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => StartMarkers.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// The total/rate pairs among the rows, newest totals first, at most <see cref="MaxChecks"/>, each with its
    /// arithmetic; start dates come from <paramref name="starts"/>. Rates are indexed by document and by day, so
    /// each total looks only at the rates of its own document and of the 31 days around it.
    /// </summary>
    public static IReadOnlyList<TotalRateCheck> Find(IReadOnlyList<FigureRow> rows, IReadOnlyList<StatedStart> starts) =>
        Pairs(rows).Select(p => Check(p.Total, p.Rate, FigureConflicts.Day(p.Total.Date), starts)).ToList();

    /// <summary>
    /// The total/rate pairs of <see cref="Find"/> without their arithmetic: a query pairs first, then reads the stated
    /// starts of the paired documents only and checks each pair once.
    /// </summary>
    public static IReadOnlyList<(FigureRow Total, FigureRow Rate)> Pairs(IReadOnlyList<FigureRow> rows)
    {
        var candidates = rows.Where(r => Categories.Contains(r.Category) && r.Value > 0).ToList();
        var words = new Dictionary<(string Unit, string Counted), HashSet<string>>();
        HashSet<string> WordsOf(FigureRow row)
        {
            if (!words.TryGetValue((row.Unit, row.Counted), out var set))
            {
                words[(row.Unit, row.Counted)] = set = FigureMeasure.Words(row.Counted, row.Unit).ToHashSet(StringComparer.Ordinal);
            }
            return set;
        }
        var rates = candidates.Where(r => r.Per is not null && !double.IsNaN(DaysPer(r.Per)))
            .Select(r => (Row: r, Day: FigureConflicts.Day(r.Date))).ToList();
        if (rates.Count == 0)
        {
            return [];
        }
        var byDocument = rates.ToLookup(r => r.Row.DocumentId);
        var byDay = rates.Where(r => r.Day is not null).GroupBy(r => (r.Row.Category, r.Row.Unit))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Day).ToList());

        var pairs = new List<(FigureRow Total, FigureRow Rate)>();
        var totals = candidates.Where(r => r.Per is null).DistinctBy(r => (r.DocumentId, r.Value, r.Counted))
            .OrderByDescending(r => r.Date ?? "", StringComparer.Ordinal).ThenBy(r => r.Id);
        foreach (var total in totals)
        {
            var totalWords = WordsOf(total);
            var totalDay = FigureConflicts.Day(total.Date);
            var near = byDocument[total.DocumentId].AsEnumerable();
            if (totalDay is { } day && byDay.TryGetValue((total.Category, total.Unit), out var dated))
            {
                near = near.Concat(Around(dated, day));
            }
            var rate = near
                .Where(r => r.Row.Category == total.Category && r.Row.Unit == total.Unit && FigureMeasure.Compatible(totalWords, WordsOf(r.Row)))
                .Select(r => (r.Row, Distance: Distance(totalDay, r.Day)))
                .Where(x => x.Row.DocumentId == total.DocumentId || x.Distance <= FigureConflicts.WindowDays)
                .OrderBy(x => x.Row.DocumentId == total.DocumentId ? 0 : 1).ThenBy(x => x.Distance).ThenBy(x => x.Row.Id)
                .Select(x => x.Row)
                .FirstOrDefault();
            if (rate is not null)
            {
                pairs.Add((total, rate));
                if (pairs.Count == MaxChecks)
                {
                    break;
                }
            }
        }
        return pairs;
    }

    // The rates dated within 31 days of a day, from a list sorted by day.
    private static IEnumerable<(FigureRow Row, DateOnly? Day)> Around(List<(FigureRow Row, DateOnly? Day)> sorted, DateOnly day)
    {
        var (low, high) = (0, sorted.Count);
        var first = day.AddDays(-FigureConflicts.WindowDays);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Day < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var last = day.AddDays(FigureConflicts.WindowDays);
        for (var i = low; i < sorted.Count && sorted[i].Day <= last; i++)
        {
            yield return sorted[i];
        }
    }

    /// <summary>The arithmetic for one total and rate, compared with the stated start the documents give, if any.</summary>
    public static TotalRateCheck Check(FigureRow total, FigureRow rate, DateOnly? totalDay, IReadOnlyList<StatedStart> starts)
    {
        var days = ImpliedDays(total.Value, rate.Value, rate.Per);
        var stated = totalDay is { } day
            ? starts
                .Where(s => (s.DocumentId == total.DocumentId || s.DocumentId == rate.DocumentId) && FigureConflicts.Day(s.Date) is { } d && d < day)
                .OrderBy(s => s.DocumentId == total.DocumentId && s.Sentence == total.Sentence ? 0 : s.DocumentId == rate.DocumentId && s.Sentence == rate.Sentence ? 1 : s.DocumentId == total.DocumentId ? 2 : 3)
                .ThenByDescending(s => s.Date, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        double? statedDays = stated is not null && totalDay is { } end ? end.DayNumber - FigureConflicts.Day(stated.Date)!.Value.DayNumber : null;
        return new TotalRateCheck
        {
            Total = total,
            Rate = rate,
            RatePerDay = rate.Value / DaysPer(rate.Per),
            ImpliedDays = days,
            ImpliedStart = totalDay is { } t && double.IsFinite(days) && Math.Abs(days) < 100_000 ? ImpliedStart(t, days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Stated = stated,
            StatedDays = statedDays,
            Difference = statedDays is > 0 ? Math.Abs(days - statedDays.Value) / statedDays.Value : null,
        };
    }

    private static int Distance(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : int.MaxValue;
}
