using System.Collections.Concurrent;
using Dashboard.Web.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

// bUnit is not on the feed (PLATFORM.md): this test drives the component with a renderer of its own, as bUnit would.
#pragma warning disable BL0006

namespace Dashboard.Web.Tests.Charts;

/// <summary>A chart's figure can change while plotly is still being set up: it is set up once and ends on the newest figure.</summary>
public sealed class PlotlyChartTests : IAsyncDisposable
{
    private readonly RecordingJS js = new();
    private readonly ServiceProvider services;
    private readonly ChartRenderer renderer;

    public PlotlyChartTests()
    {
        services = new ServiceCollection().AddSingleton<IJSRuntime>(js).AddSingleton(TestLocalizer.Create()).BuildServiceProvider();
        renderer = new ChartRenderer(services);
    }

    [Fact]
    public async Task FigureChangesDuringSetUp_SetsUpOnceAndDrawsOnlyTheNewest()
    {
        var (chart, id) = await renderer.Dispatcher.InvokeAsync(renderer.AddChart);
        await renderer.Dispatcher.InvokeAsync(() => renderer.Render(id, Figure("first")));
        await renderer.Dispatcher.InvokeAsync(() => renderer.Render(id, Figure("second")));
        await renderer.Dispatcher.InvokeAsync(() => renderer.Render(id, Figure("third")));

        js.Module.FinishInit();
        await WaitForAsync(() => js.Module.Calls.Any(c => c.StartsWith("update", StringComparison.Ordinal)));
        await Task.Delay(100);

        Assert.Equal(1, js.Imports);
        Assert.Equal(["init first", "update third"], js.Module.Calls);
    }

    [Fact]
    public async Task RemovedDuringSetUp_IsStillDisposedInJavaScript()
    {
        var (chart, id) = await renderer.Dispatcher.InvokeAsync(renderer.AddChart);
        await renderer.Dispatcher.InvokeAsync(() => renderer.Render(id, Figure("first")));
        var disposing = renderer.Dispatcher.InvokeAsync(() => chart.DisposeAsync().AsTask());

        js.Module.FinishInit();
        await disposing;
        Assert.Equal(["init first", "dispose"], js.Module.Calls);
    }

    private static PlotlyFigure Figure(string name) => new([new PlotlyTrace { Type = "bar", Name = name }], new PlotlyLayout());

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
        Assert.True(condition());
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }

    /// <summary>A renderer with no display: every batch is "shown" at once, so components get their after-render calls.</summary>
    private sealed class ChartRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
    {
        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

        public (PlotlyChart Chart, int Id) AddChart()
        {
            var chart = (PlotlyChart)InstantiateComponent(typeof(PlotlyChart)); // with its services injected
            return (chart, AssignRootComponentId(chart));
        }

        public Task Render(int id, PlotlyFigure figure) =>
            RenderRootComponentAsync(id, ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PlotlyChart.Figure)] = figure }));

        protected override void HandleException(Exception exception) => throw exception;

        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;
    }

    /// <summary>Hands out one chart module whose init waits until the test lets it finish.</summary>
    private sealed class RecordingJS : IJSRuntime
    {
        public RecordingModule Module { get; } = new();

        public int Imports { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            Imports++;
            return ValueTask.FromResult((TValue)(object)Module);
        }
    }

    private sealed class RecordingModule : IJSObjectReference
    {
        private readonly TaskCompletionSource init = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Calls { get; } = new();

        public void FinishInit() => init.SetResult();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            var figure = args?.OfType<string>().FirstOrDefault() is { } json ? " " + System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data")[0].GetProperty("name").GetString() : "";
            Calls.Enqueue(identifier + figure);
            if (identifier == "init")
            {
                await init.Task;
            }
            return default!;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
