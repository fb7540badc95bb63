using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Overview;

/// <summary>Figures by category, in each category's colour; a click adds the category to the filter.</summary>
public static class CategoryChart
{
    public static PlotlyFigure Build(IReadOnlyList<CategoryCount> categories, IStringLocalizer<SharedResource> L) =>
        new([new PlotlyTrace
        {
            Type = "bar",
            X = categories.Select(c => (object?)Labels.Category(L, c.Category)).ToList(),
            Y = categories.Select(c => (object?)c.Figures).ToList(),
            CustomData = categories.Select(c => c.Category).ToList(),
            HoverText = categories.Select(c => PlotlyText.Plain($"{Labels.Category(L, c.Category)}: {c.Figures}")).ToList(),
            HoverInfo = "text",
            Marker = new PlotlyMarker { Color = categories.Select(c => (object)ChartColors.ForCategory(c.Category)).ToList() },
        }], ChartColors.Layout(L["Figures by category"]) with
        {
            Xaxis = new PlotlyAxis { Type = "category", AutoMargin = true },
            Yaxis = new PlotlyAxis { Title = new PlotlyTitle(L["Figures"]), AutoMargin = true },
            Margin = new PlotlyMargin(50, 20, 50, 40),
        });
}
