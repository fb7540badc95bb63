using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Charts;

/// <summary>What an exported image says besides the chart itself, and the name (without extension) of its file.</summary>
public sealed record ChartImageInfo(string Title, string Units, string Filter, string Source, bool Rtl, string FileName);

/// <summary>A point of a chart clicked by the user: its trace, its index and the custom data it carries.</summary>
public sealed record PlotlyPoint(int Curve, int Index, string? CustomData);

/// <summary>
/// One plotly.js chart: a div, and the JS module wwwroot/js/plotly-chart.js with init, update and dispose.
/// The figure is sent as JSON and redrawn with Plotly.react only when it changed.
/// </summary>
public sealed partial class PlotlyChart : ComponentBase, IAsyncDisposable
{
    private ElementReference element;
    private Task<IJSObjectReference>? setup;
    private IJSObjectReference? module;
    private DotNetObjectReference<ChartInterop>? interop;
    private string? latestJson;
    private bool disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public required PlotlyFigure Figure { get; set; }

    [Parameter]
    public EventCallback<PlotlyPoint> OnPointClick { get; set; }

    /// <summary>A span of the x axis the user dragged across (box selection), as ISO days.</summary>
    [Parameter]
    public EventCallback<(DateOnly From, DateOnly To)> OnRangeSelect { get; set; }

    [Parameter]
    public string? AriaLabel { get; set; }

    [Parameter]
    public string? Class { get; set; }

    [Parameter]
    public int Height { get; set; } = 420;

    /// <summary>The file name (without extension) exports of this chart get.</summary>
    [Parameter]
    public string ExportName { get; set; } = "chart";

    // Renders can come faster than JS answers: the module is set up once (drawing the figure of that moment), later
    // renders wait for it, and only the newest figure is then sent.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var json = Figure.ToJson();
        if (json == latestJson)
        {
            return;
        }
        latestJson = json;
        try
        {
            if (setup is null)
            {
                setup = SetUpAsync(json);
                await setup;
                return;
            }
            var ready = await setup;
            if (json == latestJson && !disposed)
            {
                await ready.InvokeVoidAsync("update", element, json);
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone (the tab was closed); there is nothing left to draw on.
        }
    }

    private async Task<IJSObjectReference> SetUpAsync(string json)
    {
        var imported = await JS.InvokeAsync<IJSObjectReference>("import", "./js/plotly-chart.js");
        interop = DotNetObjectReference.Create(new ChartInterop(this));
        await imported.InvokeVoidAsync("init", element, json, interop);
        return module = imported;
    }

    /// <summary>Downloads the chart as an image ("png" or "svg") at presentation size.</summary>
    public async Task ExportImageAsync(string format, int width = 1600, int height = 900, double scale = 2)
    {
        if (module is not null)
        {
            await JSInterop.Quietly(() => module.InvokeVoidAsync("exportImage", element, format, width, height, scale, ExportName));
        }
    }

    /// <summary>
    /// Downloads the chart as an image ("png" or "svg") made from a copy of the figure at presentation size, with the
    /// title, units, filter and source lines of <paramref name="info"/> written inside it; the chart on screen is unchanged.
    /// </summary>
    public async Task ExportImageAsync(string format, ChartImageInfo info, int width = 1600, int height = 900, double scale = 2)
    {
        if (module is not null)
        {
            await JSInterop.Quietly(() => module.InvokeVoidAsync("exportImage", element, format, width, height, scale, info.FileName, info));
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (setup is not null)
        {
            // A chart removed while it was being set up is still disposed in JS once the setup ends.
            await JSInterop.Quietly(async () =>
            {
                var ready = await setup;
                await ready.InvokeVoidAsync("dispose", element);
                await ready.DisposeAsync();
            });
        }
        interop?.Dispose();
    }

    /// <summary>Receives clicks from JavaScript; kept private to this chart.</summary>
    private sealed class ChartInterop(PlotlyChart chart)
    {
        [JSInvokable]
        public Task OnPointClick(int curve, int index, string? customData) =>
            chart.OnPointClick.InvokeAsync(new PlotlyPoint(curve, index, customData));

        [JSInvokable]
        public Task OnRangeSelected(string from, string to) =>
            DateOnly.TryParse(from.AsSpan(0, Math.Min(10, from.Length)), System.Globalization.CultureInfo.InvariantCulture, out var start)
            && DateOnly.TryParse(to.AsSpan(0, Math.Min(10, to.Length)), System.Globalization.CultureInfo.InvariantCulture, out var end)
                ? chart.OnRangeSelect.InvokeAsync((start, end))
                : Task.CompletedTask;
    }
}
