using Dashboard.Core.Filtering;
using Dashboard.Data.Loading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Web.Features.Filtering;

/// <summary>
/// A page that shows data for the filter in the URL. It reloads when the filter changes, and a new filter
/// cancels the load still running for the previous one, so a stale answer never overwrites a fresh one.
/// It reloads too when new documents are stored (an upload, in this or another tab), without a restart.
/// </summary>
public abstract class FilteredPage : ComponentBase, IDisposable
{
    private CancellationTokenSource? loading;
    private string? loadedQuery;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private DataVersion DataVersion { get; set; } = default!;

    protected Filter Filter { get; private set; } = Filter.Empty;

    protected bool IsLoading { get; private set; } = true;

    protected override void OnInitialized()
    {
        Navigation.LocationChanged += OnLocationChanged;
        DataVersion.Changed += OnDataChanged;
    }

    protected override Task OnParametersSetAsync() => ReloadIfChangedAsync(force: false);

    protected abstract Task LoadAsync(Filter filter, CancellationToken cancellationToken);

    /// <summary>Changes the filter by navigating, so the URL stays the one source of truth.</summary>
    protected void ApplyFilter(Filter filter) => FilterUrl.Apply(Navigation, filter);

    protected Task ReloadAsync() => ReloadIfChangedAsync(force: true);

    private async Task ReloadIfChangedAsync(bool force)
    {
        var filter = FilterUrl.Parse(Navigation.Uri);
        var query = FilterUrl.ToQueryString(filter) + PageState();
        if (!force && query == loadedQuery)
        {
            return;
        }
        loadedQuery = query;
        Filter = filter;
        loading?.Cancel();
        loading?.Dispose();
        loading = new CancellationTokenSource();
        var token = loading.Token;
        IsLoading = true;
        try
        {
            await LoadAsync(filter, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        if (!token.IsCancellationRequested)
        {
            IsLoading = false;
        }
    }

    /// <summary>Extra URL state of the page itself (besides the filter) that should trigger a reload.</summary>
    protected virtual string PageState() => "";

    private async void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        await InvokeAsync(async () =>
        {
            await ReloadIfChangedAsync(force: false);
            StateHasChanged();
        });
    }

    // Raised on the thread of whoever stored the data: reload on this page's own circuit, and keep any error here.
    private void OnDataChanged(long version) => _ = InvokeAsync(async () =>
    {
        try
        {
            await ReloadAsync();
            StateHasChanged();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    });

    public virtual void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        DataVersion.Changed -= OnDataChanged;
        loading?.Cancel();
        loading?.Dispose();
        GC.SuppressFinalize(this);
    }
}
