using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Web.Features.Filtering;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Features.Export;

/// <summary>
/// The plain export URLs: /export/{chart}.{csv|json|svg} with the page's filter query string, an optional
/// view (costs: totals, rates, over-time) and lang=ar|en for the labels. A link gives the file.
/// </summary>
public static class ExportLinks
{
    public const string Timeline = "timeline";
    public const string Map = "map";
    public const string Costs = "costs";
    public const string Sources = "sources";
    public const string Figures = "figures";

    public const string Csv = "csv";
    public const string Json = "json";
    public const string Svg = "svg";

    public const string ViewParameter = "view";
    public const string LanguageParameter = "lang";

    public const string TotalsView = "totals";
    public const string RatesView = "rates";
    public const string OverTimeView = "over-time";

    public static readonly IReadOnlyList<string> Charts = [Timeline, Map, Costs, Sources, Figures];

    /// <summary>The formats of a chart: figures is a table, so it has no SVG.</summary>
    public static bool Supports(string chart, string format) =>
        Charts.Contains(chart) && (format is Csv or Json || (format is Svg && chart != Figures));

    /// <summary>"export/costs.csv?place=iq-mosul&amp;view=totals&amp;lang=en", relative to the app's base.</summary>
    public static string Data(string chart, string format, Filter filter, string? view = null, string? language = null)
    {
        var query = FilterUrl.ToQueryString(filter);
        var extra = new List<string>();
        if (!string.IsNullOrEmpty(view))
        {
            extra.Add($"{ViewParameter}={Uri.EscapeDataString(view)}");
        }
        extra.Add($"{LanguageParameter}={language ?? UiCulture.Language}");
        return $"export/{chart}.{format}" + (query.Length == 0 ? "?" : query + "&") + string.Join('&', extra);
    }

    /// <summary>"costs-totals-2016-02-10.csv": the chart, then the day of the export.</summary>
    public static string FileName(string name, string extension, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}-{day:yyyy-MM-dd}.{extension}");

    /// <summary>The file name without its extension, as the browser's image export takes it.</summary>
    public static string BaseName(string name, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}-{day:yyyy-MM-dd}");
}
