using System.Globalization;
using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Features.Filtering;

/// <summary>
/// The filter's form in the URL: place, from, to, source, doc, cat (repeatable) and q. Reading and writing it
/// happens here only, so a copied URL always reproduces the view.
/// </summary>
public static class FilterUrl
{
    public const string Place = "place";
    public const string From = "from";
    public const string To = "to";
    public const string Source = "source";
    public const string Document = "doc";
    public const string Category = "cat";
    public const string Text = "q";

    public static Filter Parse(string uri)
    {
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(queryStart < 0 ? "" : uri[queryStart..].Split('#')[0]);
        string[] All(string key) => query.TryGetValue(key, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToArray() : [];
        string? One(string key) => All(key).FirstOrDefault();
        return new Filter
        {
            Places = All(Place),
            From = ParseDay(One(From)),
            To = ParseDay(One(To)),
            Sources = All(Source),
            Documents = All(Document).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).Where(id => id > 0).ToArray(),
            Categories = All(Category).Select(ParseCategory).OfType<FigureCategory>().ToArray(),
            Text = One(Text),
        };
    }

    /// <summary>The query parameters for <see cref="NavigationManager.GetUriWithQueryParameters(IReadOnlyDictionary{string, object?})"/>; empty ones are removed from the URL.</summary>
    public static IReadOnlyDictionary<string, object?> ToParameters(Filter filter) => new Dictionary<string, object?>
    {
        [Place] = filter.Places.Count == 0 ? null : filter.Places.ToArray(),
        [From] = Day(filter.From),
        [To] = Day(filter.To),
        [Source] = filter.Sources.Count == 0 ? null : filter.Sources.ToArray(),
        [Document] = filter.Documents.Count == 0 ? null : filter.Documents.ToArray(),
        [Category] = filter.Categories.Count == 0 ? null : filter.Categories.Select(c => c.Code()).ToArray(),
        [Text] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
    };

    /// <summary>The filter as a query string ("?place=iq-mosul&amp;from=2016-01-01"), or "" when empty.</summary>
    public static string ToQueryString(Filter filter)
    {
        var pairs = ToParameters(filter)
            .Where(p => p.Value is not null)
            .SelectMany(p => p.Value switch
            {
                string s => [(p.Key, s)],
                string[] many => many.Select(v => (p.Key, v)),
                long[] ids => ids.Select(v => (p.Key, v.ToString(CultureInfo.InvariantCulture))),
                _ => [],
            })
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Item2)}");
        var query = string.Join('&', pairs);
        return query.Length == 0 ? "" : "?" + query;
    }

    /// <summary>A link to another page that keeps the current filter.</summary>
    public static string KeepQuery(NavigationManager navigation, string path) =>
        path + ToQueryString(Parse(navigation.Uri));

    /// <summary>
    /// Navigates to the same page with a new filter (a new history entry, so back and forward work). The page's other
    /// query parameters (the reader's sentence) stay; its fragment (an anchor in the old view) goes.
    /// </summary>
    public static void Apply(NavigationManager navigation, Filter filter) =>
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(navigation.Uri.Split('#')[0], ToParameters(filter)));

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FigureCategory? ParseCategory(string code) =>
        Enum.TryParse<FigureCategory>(code, ignoreCase: true, out var category) && Enum.IsDefined(category) && !int.TryParse(code, CultureInfo.InvariantCulture, out _) ? category : null;
}
