using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Export;

/// <summary>A chart's title and the units its values are in, as written inside an exported image.</summary>
public sealed record ChartText(string Title, string Units);

/// <summary>The two caption lines of an exported chart: the active filter, and where the data comes from.</summary>
public sealed record ChartCaption(string Filter, string Source);

/// <summary>
/// The words written inside every exported chart, the same in the browser's PNG/SVG and the server's SVG:
/// "Places: Mosul · 2016-01-01 to 2016-02-29" and "Source: Dashboard, 2 document(s): Al Jazeera, BBC".
/// </summary>
public static class ChartCaptions
{
    public const int MaxOutlets = 5;

    public static ChartCaption Build(Filter filter, CaptionFacts facts, IStringLocalizer<SharedResource> L) =>
        new(DescribeFilter(filter, facts.Places, L), DescribeSource(facts, L));

    public static string DescribeFilter(Filter filter, IReadOnlyList<PlaceName> places, IStringLocalizer<SharedResource> L)
    {
        var parts = new List<string>();
        if (filter.Places.Count > 0)
        {
            var names = filter.Places.Select(key => places.FirstOrDefault(p => p.Key == key) is { } place ? Format.PlaceName(place.Name, place.NameAr) : key);
            parts.Add(L["Places: {0}", Join(names)]);
        }
        // Days as ISO dates: unambiguous in both languages and the way they are typed in the filter.
        var from = Day(filter.From);
        var to = Day(filter.To);
        if (from is not null && to is not null)
        {
            parts.Add(L["{0} to {1}", from, to]);
        }
        else if (from is not null)
        {
            parts.Add(L["From {0}", from]);
        }
        else if (to is not null)
        {
            parts.Add(L["To {0}", to]);
        }
        if (filter.Sources.Count > 0)
        {
            parts.Add(L["Sources: {0}", Join(filter.Sources)]);
        }
        if (filter.Documents.Count > 0)
        {
            parts.Add(L["Documents: {0}", Join(filter.Documents.Select(d => "#" + d.ToString(CultureInfo.InvariantCulture)))]);
        }
        if (filter.Categories.Count > 0)
        {
            parts.Add(L["Categories: {0}", Join(filter.Categories.Select(c => Labels.Category(L, c.Code())))]);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            parts.Add(L["Text: {0}", "\u201C" + filter.Text.Trim() + "\u201D"]);
        }
        return parts.Count == 0 ? L["All documents, no filter"] : string.Join(" · ", parts);
    }

    public static string DescribeSource(CaptionFacts facts, IStringLocalizer<SharedResource> L)
    {
        if (facts.Documents == 0)
        {
            return L["Source: Dashboard, no documents"];
        }
        var outlets = facts.Outlets.Select(o => o.Outlet ?? L["Unknown outlet"].Value).Distinct(StringComparer.Ordinal).ToList();
        var named = Join(outlets.Take(MaxOutlets));
        var listed = outlets.Count <= MaxOutlets ? named : L["{0} and {1} more", named, outlets.Count - MaxOutlets].Value;
        return L["Source: Dashboard, {0} document(s): {1}", Format.Count(facts.Documents), listed];
    }

    /// <summary>"USD, EUR" in English, "دولار، يورو" in Arabic.</summary>
    public static string Join(IEnumerable<string> items) => string.Join(UiCulture.IsArabic ? "، " : ", ", items);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Titles and units of the exportable charts, shared by the pages' export buttons and the server's SVG.</summary>
public static class ChartTexts
{
    public static ChartText Timeline(IStringLocalizer<SharedResource> L) =>
        new(L["Dated events"], L["Units: the date of each statement (day, month or year)"]);

    public static ChartText Map(IStringLocalizer<SharedResource> L) =>
        new(L["Places named"], L["Units: marker size by number of mentions"]);

    public static ChartText Sources(IStringLocalizer<SharedResource> L) =>
        new(L["Sources by mentions"], L["Units: number of mentions"]);

    public static ChartText CostMeasures(IReadOnlyList<CostMeasure> measures, bool rates, IStringLocalizer<SharedResource> L)
    {
        var units = measures.Where(m => (m.Per is not null) == rates).Select(m => UnitLabel(m.Unit, m.Per)).Distinct(StringComparer.Ordinal).ToList();
        return new(
            rates ? L["Money rates by what they measure"] : L["Money totals by what they measure"],
            units.Count == 0 ? L["Units: money"] : L["Units: {0}; the bar is the largest report, the whisker reaches the smallest", ChartCaptions.Join(units)]);
    }

    /// <param name="logScale">True for the page's chart (amounts on a log axis); the server's SVG puts amounts in labels instead.</param>
    public static ChartText CostsOverTime(IReadOnlyList<CostPoint> points, IStringLocalizer<SharedResource> L, bool logScale = true)
    {
        var units = ChartCaptions.Join(points.Select(p => UnitLabel(p.Unit, p.Per)).Distinct(StringComparer.Ordinal));
        return new(L["Money figures over time"], units.Length == 0 ? L["Units: money"] : logScale ? L["Units: {0} (log scale)", units] : L["Units: {0}", units]);
    }

    /// <summary>"USD", "USD a day"; "دولار يوميا".</summary>
    public static string UnitLabel(string unit, string? per) =>
        per is null ? Format.Unit(unit) : $"{Format.Unit(unit)} {Format.PerPeriod(per)}";
}
