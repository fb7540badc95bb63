using System.Collections.Concurrent;
using Dashboard.Core.Filtering;
using Dashboard.Data.Loading;
using Dashboard.Web.Features.Filtering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests.Filtering;

/// <summary>A page's loads race when the filter changes: the newest filter's answer is the one shown.</summary>
public sealed class FilteredPageTests : IAsyncDisposable
{
    private readonly TestNavigation navigation = new();
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public FilteredPageTests()
    {
        services = new ServiceCollection()
            .AddSingleton<NavigationManager>(navigation)
            .AddSingleton<DataVersion>()
            .AddSingleton<SlowLoads>()
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    [Fact]
    public async Task Load_OlderFilterAnswersLast_IsNotShown()
    {
        var loads = services.GetRequiredService<SlowLoads>();
        // Not waiting for the first load: it is still running when the analyst changes the filter.
        var page = await renderer.Dispatcher.InvokeAsync(() => renderer.BeginRenderingComponent<RacingPage>());
        var mosul = await loads.Started("?place=iq-mosul", navigation);

        // The analyst picks Raqqa while Mosul is still loading; Raqqa answers first, Mosul last.
        var raqqa = await loads.Started("?place=sy-raqqa", navigation);
        raqqa.SetResult("Raqqa data");
        await WaitForAsync(async () => (await renderer.Dispatcher.InvokeAsync(() => page.ToHtmlString())).Contains("Raqqa data", StringComparison.Ordinal));
        mosul.SetResult("Mosul data");
        await Task.Delay(200);

        var html = await renderer.Dispatcher.InvokeAsync(() => page.ToHtmlString());
        Assert.Contains("Raqqa data", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mosul data", html, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(await condition());
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }

    /// <summary>Loads that finish when the test says so, one per filter.</summary>
    public sealed class SlowLoads
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> pending = new();

        public Task<string> Load(Filter filter) => pending.GetOrAdd(FilterUrl.ToQueryString(filter), _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public async Task<TaskCompletionSource<string>> Started(string query, TestNavigation navigation)
        {
            navigation.NavigateTo("/page" + query);
            for (var i = 0; i < 100 && !pending.ContainsKey(query); i++)
            {
                await Task.Delay(20);
            }
            return pending[query];
        }
    }

    public sealed class RacingPage : FilteredPage
    {
        private string shown = "nothing";

        [Inject]
        private SlowLoads Loads { get; set; } = default!;

        protected override async Task<Action> LoadAsync(Filter filter, CancellationToken cancellationToken)
        {
            var data = await Loads.Load(filter);
            return () => shown = data;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, shown);
    }

    public sealed class TestNavigation : NavigationManager
    {
        public TestNavigation() => Initialize("http://localhost/", "http://localhost/page");

        protected override void NavigateToCore(string uri, NavigationOptions options)
        {
            Uri = ToAbsoluteUri(uri).ToString();
            NotifyLocationChanged(isInterceptedLink: false);
        }
    }
}
