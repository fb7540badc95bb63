using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Map;

/// <summary>
/// The named places on offline world outlines (plotly scattergeo with the local topojson): one trace per kind,
/// markers sized by mentions, labels in English and Arabic.
/// </summary>
public static class MapChart
{
    public static PlotlyFigure Build(IReadOnlyList<PlaceCount> places, IStringLocalizer<SharedResource> L, IReadOnlyList<string>? selected = null)
    {
        var max = places.Count == 0 ? 1 : places.Max(p => p.Mentions);
        var cities = places.Where(p => p.Kind == "city").ToList();
        var cityLabels = new Dictionary<string, IReadOnlyList<MapLabels.Label>> { ["city"] = MapLabels.Place(cities, p => Format.PlaceName(p.Name, p.NameAr)) };
        var traces = places
            .Where(p => p.Kind != "region" || p.Lat != 0 || p.Lon != 0)
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key == "city" ? 1 : 0)
            .Select(g => new PlotlyTrace
            {
                Type = "scattergeo",
                Name = L[g.Key switch { "city" => "Cities", "country" => "Countries", _ => "Regions" }],
                Mode = g.Key == "city" ? "markers+text" : "markers",
                Lat = g.Select(p => p.Lat).ToList(),
                Lon = g.Select(p => p.Lon).ToList(),
                Text = g.Key == "city" ? cityLabels[g.Key].Select(l => PlotlyText.Plain(l.Text)).ToList() : g.Select(p => PlotlyText.Plain(Format.PlaceName(p.Name, p.NameAr))).ToList(),
                TextPosition = g.Key == "city" ? cityLabels[g.Key].Select(l => l.Position).ToList() : null,
                HoverText = g.Select(p => PlotlyText.Lines($"{p.Name} · {p.NameAr}", L["{0} mention(s) in {1} document(s)", p.Mentions, p.Documents])).ToList(),
                HoverInfo = "text",
                CustomData = g.Select(p => p.Key).ToList(),
                TextFont = new PlotlyFont(ChartColors.FontFamily, 12, "#1f1f1f"),
                Marker = new PlotlyMarker
                {
                    Size = g.Select(p => (object)(8 + 22 * Math.Sqrt((double)p.Mentions / max))).ToList(),
                    Color = ChartColors.Kind[g.Key],
                    Opacity = g.Key == "city" ? 0.85 : 0.45,
                    Line = new PlotlyLine(selected is not null && g.Any(p => selected.Contains(p.Key)) ? "#000000" : "#ffffff", 1),
                },
            })
            .ToList();
        return new PlotlyFigure(traces, ChartColors.Layout(L["Places named"]) with
        {
            Geo = new PlotlyGeo
            {
                Scope = "world",
                Resolution = 50,
                Projection = new PlotlyProjection("natural earth"),
                FitBounds = places.Count == 0 ? null : "locations",
                ShowCountries = true,
                CountryColor = "#9e9e9e",
                ShowLand = true,
                LandColor = "#f1efe8",
                ShowOcean = true,
                OceanColor = "#e3eef6",
                CoastlineColor = "#9e9e9e",
            },
            Margin = new PlotlyMargin(0, 0, 40, 0),
            Legend = new PlotlyLegend { Orientation = "h", X = 0, Y = -0.02 },
        });
    }
}
