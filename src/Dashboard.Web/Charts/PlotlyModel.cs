using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Charts;

/// <summary>
/// Typed plotly.js figure parts. Property names serialise in lower case without separators (HoverTemplate →
/// "hovertemplate"), which is how plotly names its attributes; null properties are left out.
/// </summary>
public sealed record PlotlyFigure(IReadOnlyList<PlotlyTrace> Data, PlotlyLayout Layout)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = new LowerCaseNaming(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A figure with nothing in it, for before the first load.</summary>
    public static PlotlyFigure Empty { get; } = new([], new PlotlyLayout());

    public string ToJson() => JsonSerializer.Serialize(new { data = Data, layout = Layout }, Options);

    private sealed class LowerCaseNaming : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}

public sealed record PlotlyTrace
{
    public required string Type { get; init; }
    public string? Name { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<object?>? X { get; init; }
    public IReadOnlyList<object?>? Y { get; init; }
    public IReadOnlyList<double>? Lat { get; init; }
    public IReadOnlyList<double>? Lon { get; init; }
    public IReadOnlyList<string>? Text { get; init; }
    public IReadOnlyList<string>? HoverText { get; init; }
    public IReadOnlyList<string>? CustomData { get; init; }
    public string? HoverInfo { get; init; }
    public string? HoverTemplate { get; init; }
    /// <summary>One position for every point ("top center"), or one per point.</summary>
    public object? TextPosition { get; init; }
    public string? Orientation { get; init; }
    public PlotlyMarker? Marker { get; init; }
    public PlotlyErrorBar? Error_X { get; init; }
    public PlotlyErrorBar? Error_Y { get; init; }
    public PlotlyFont? TextFont { get; init; }
    public bool? ShowLegend { get; init; }
    public string? LegendGroup { get; init; }
    public string? Xaxis { get; init; }
    public string? Yaxis { get; init; }
}

public sealed record PlotlyMarker
{
    public object? Size { get; init; }
    public object? Color { get; init; }
    public object? Symbol { get; init; }
    public double? Opacity { get; init; }
    public string? SizeMode { get; init; }
    public PlotlyLine? Line { get; init; }
}

public sealed record PlotlyLine(string? Color = null, double? Width = null);

public sealed record PlotlyErrorBar
{
    public string Type { get; init; } = "data";
    public bool Symmetric { get; init; }
    public IReadOnlyList<double>? Array { get; init; }
    public IReadOnlyList<double>? ArrayMinus { get; init; }
    public bool Visible { get; init; } = true;
}

public sealed record PlotlyFont(string? Family = null, double? Size = null, string? Color = null);

public sealed record PlotlyLayout
{
    public PlotlyTitle? Title { get; init; }
    public PlotlyAxis? Xaxis { get; init; }
    public PlotlyAxis? Yaxis { get; init; }
    public PlotlyGeo? Geo { get; init; }
    public PlotlyFont? Font { get; init; }
    public PlotlyMargin? Margin { get; init; }
    public PlotlyLegend? Legend { get; init; }
    public bool? ShowLegend { get; init; }
    public string? HoverMode { get; init; }
    public string? BarMode { get; init; }
    public string? DragMode { get; init; }
    public double? Height { get; init; }
    public string? Paper_BgColor { get; init; }
    public string? Plot_BgColor { get; init; }
    public IReadOnlyList<PlotlyAnnotation>? Annotations { get; init; }
}

public sealed record PlotlyTitle(string Text, PlotlyFont? Font = null, double? X = null, string? XAnchor = null);

public sealed record PlotlyAxis
{
    public PlotlyTitle? Title { get; init; }
    public string? Type { get; init; }
    public bool? AutoMargin { get; init; }
    public string? TickFormat { get; init; }
    public string? Side { get; init; }
    public bool? ShowGrid { get; init; }
    public bool? Visible { get; init; }
    public bool? FixedRange { get; init; }
    public string? AutoRange { get; init; }
    public string? RangeMode { get; init; }
    public IReadOnlyList<string>? TickVals { get; init; }
    public IReadOnlyList<string>? TickText { get; init; }
    public IReadOnlyList<object>? Range { get; init; }
    public PlotlyRangeSlider? RangeSlider { get; init; }
}

public sealed record PlotlyRangeSlider(bool Visible);

public sealed record PlotlyGeo
{
    public string? Scope { get; init; }
    public double? Resolution { get; init; }
    public PlotlyProjection? Projection { get; init; }
    public string? FitBounds { get; init; }
    public bool? ShowCountries { get; init; }
    public string? CountryColor { get; init; }
    public bool? ShowLand { get; init; }
    public string? LandColor { get; init; }
    public bool? ShowOcean { get; init; }
    public string? OceanColor { get; init; }
    public bool? ShowLakes { get; init; }
    public string? CoastlineColor { get; init; }
    public string? BgColor { get; init; }
    public IReadOnlyDictionary<string, object>? LonAxis { get; init; }
    public IReadOnlyDictionary<string, object>? LatAxis { get; init; }
}

public sealed record PlotlyProjection(string Type);

public sealed record PlotlyMargin(double L, double R, double T, double B);

public sealed record PlotlyLegend
{
    public string? Orientation { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    public string? XAnchor { get; init; }
}

public sealed record PlotlyAnnotation
{
    public required string Text { get; init; }
    public string XRef { get; init; } = "paper";
    public string YRef { get; init; } = "paper";
    public double X { get; init; }
    public double Y { get; init; }
    public bool ShowArrow { get; init; }
    public string? XAnchor { get; init; }
    public string? YAnchor { get; init; }
    public PlotlyFont? Font { get; init; }
}
