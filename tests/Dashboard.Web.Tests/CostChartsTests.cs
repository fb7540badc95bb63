using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Web.Features.Costs;
using Dashboard.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests;

/// <summary>The totals chart draws conflicting reports one by one, approximate ones as ranges, never as solid bars.</summary>
public sealed class CostChartsTests(ConflictsFactory factory) : IClassFixture<ConflictsFactory>
{
    private async Task<(IReadOnlyList<CostMeasure> Measures, ConflictReport Report, IStringLocalizer<SharedResource> L)> LoadAsync()
    {
        _ = factory.Server; // starts the app, which opens the pre-filled database
        var services = factory.Services;
        var filter = new Filter { Categories = [Core.Facts.FigureCategory.Money] };
        return (await services.GetRequiredService<CostsQuery>().MeasuresAsync(filter),
            await services.GetRequiredService<ConflictsQuery>().FindAsync(filter),
            services.GetRequiredService<IStringLocalizer<SharedResource>>());
    }

    [Fact]
    public async Task Totals_ConflictingMeasure_IsOneMarkerPerReportAndNoBar()
    {
        var (measures, report, L) = await LoadAsync();
        var figure = CostCharts.Measures(measures, report.Conflicts, rates: false, L);
        Assert.DoesNotContain(figure.Data, t => t.Type == "bar");
        var conflict = Assert.Single(figure.Data);
        Assert.Equal(["⚠ campaign costs", "⚠ campaign costs"], conflict.X!.Cast<string>());
        Assert.Equal([5.8e9, 7e9], conflict.Y!.Cast<double>());
        Assert.Equal(["circle", "circle-open"], ((IEnumerable<object>)conflict.Marker!.Symbol!).Cast<string>());
        Assert.Equal([0, 0.7e9], conflict.Error_Y!.Array!.Select(v => Math.Round(v)));
        Assert.Equal([0, 0.7e9], conflict.Error_Y!.ArrayMinus!.Select(v => Math.Round(v)));
        Assert.Contains("Center for Studies", conflict.HoverText![1], StringComparison.Ordinal);
        Assert.All(conflict.CustomData!, url => Assert.StartsWith("documents/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rates_WithoutConflict_StayABar()
    {
        var (measures, report, L) = await LoadAsync();
        var figure = CostCharts.Measures(measures, report.Conflicts, rates: true, L);
        var bar = Assert.Single(figure.Data);
        Assert.Equal("bar", bar.Type);
        Assert.Equal([11.4e6], bar.Y!.Cast<double>());
    }
}
