using Dashboard.Web.Charts;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Features.Shared;

/// <summary>One colour per fact category and kind, the same in every chart, and the shared chart layout.</summary>
public static class ChartColors
{
    public const string Primary = "#3633a8";
    public const string FontFamily = "'Noto Sans Arabic', 'Segoe UI', Roboto, Arial, sans-serif";

    public static readonly IReadOnlyDictionary<string, string> Category = new Dictionary<string, string>
    {
        ["money"] = "#1f5f8b",
        ["casualties"] = "#b3261e",
        ["displaced"] = "#8a4b08",
        ["military"] = "#3d5a1e",
        ["countries"] = "#5b2c83",
        ["percent"] = "#006d6f",
        ["other"] = "#5f6368",
    };

    /// <summary>Reports that disagree (a dark orange-red, AA on white).</summary>
    public const string Conflict = "#b34700";

    public static readonly IReadOnlyDictionary<string, string> Kind = new Dictionary<string, string>
    {
        ["city"] = "#b3261e",
        ["country"] = "#1f5f8b",
        ["region"] = "#8a4b08",
    };

    public static string ForCategory(string category) => Category.TryGetValue(category, out var colour) ? colour : Category["other"];

    /// <summary>
    /// The layout every chart starts from. In Arabic the title and legend sit on the right; axes keep their
    /// usual direction so numbers and time stay readable.
    /// </summary>
    public static PlotlyLayout Layout(string title) => new()
    {
        Title = UiCulture.IsArabic ? new PlotlyTitle(title, new PlotlyFont(Size: 16), X: 0.98, XAnchor: "right") : new PlotlyTitle(title, new PlotlyFont(Size: 16)),
        Font = new PlotlyFont(FontFamily, 13, "#1f1f1f"),
        Margin = new PlotlyMargin(60, 30, 50, 60),
        Paper_BgColor = "#ffffff",
        Plot_BgColor = "#ffffff",
        Legend = UiCulture.IsArabic ? new PlotlyLegend { X = 1, XAnchor = "right" } : null,
    };
}
