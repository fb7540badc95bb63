using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Sources;

/// <summary>The most cited sources as horizontal bars, coloured by kind.</summary>
public static class SourcesChart
{
    public const int MaxBars = 25;

    public static readonly IReadOnlyDictionary<string, string> KindColours = new Dictionary<string, string>
    {
        ["agency"] = "#1f5f8b",
        ["outlet"] = "#5b2c83",
        ["organization"] = "#3d5a1e",
        ["person"] = "#8a4b08",
    };

    public static PlotlyFigure Build(IReadOnlyList<SourceCount> sources, IStringLocalizer<SharedResource> L)
    {
        var top = sources.Take(MaxBars).Reverse().ToList();
        var traces = top.GroupBy(s => s.Kind).Select(g => new PlotlyTrace
        {
            Type = "bar",
            Orientation = "h",
            Name = Labels.Kind(L, g.Key),
            Y = g.Select(s => (object?)PlotlyText.Plain(s.Name, 60)).ToList(),
            X = g.Select(s => (object?)s.Mentions).ToList(),
            CustomData = g.Select(s => s.Name).ToList(),
            HoverText = g.Select(s => PlotlyText.Lines(s.Name, Labels.Kind(L, s.Kind), L["{0} mention(s) in {1} document(s)", s.Mentions, s.Documents])).ToList(),
            HoverInfo = "text",
            Marker = new PlotlyMarker { Color = KindColours.TryGetValue(g.Key, out var colour) ? colour : "#5f6368" },
        }).ToList();
        return new PlotlyFigure(traces, ChartColors.Layout(L["Sources by mentions"]) with
        {
            Xaxis = new PlotlyAxis { Title = new PlotlyTitle(L["Mentions"]), AutoMargin = true },
            Yaxis = new PlotlyAxis { AutoMargin = true, Type = "category", TickVals = top.Select(s => PlotlyText.Plain(s.Name, 60)).ToList() },
            BarMode = "stack",
        });
    }
}
