using Dashboard.Core.Filtering;
using Dashboard.Data.Loading;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Dashboard.Web.Features.Filtering;

/// <summary>
/// A page that shows data for the filter in the URL. It reloads when the filter changes or new documents are stored
/// (an upload, in this or another tab). A load runs off the circuit's thread and hands back what to show; a newer
/// filter cancels it, and a superseded load is never shown, so a stale answer never overwrites a fresh one.
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

    /// <summary>Reads the page's data for the filter and returns how to show it (assigning the page's fields).</summary>
    protected abstract Task<Action> LoadAsync(Filter filter, CancellationToken cancellationToken);

    /// <summary>Changes the filter by navigating, so the URL stays the one source of truth.</summary>
    protected void ApplyFilter(Filter filter) => FilterUrl.Apply(Navigation, filter);

    private async Task ReloadIfChangedAsync(bool force)
    {
        var filter = FilterUrl.Parse(Navigation.Uri);
        var query = FilterUrl.ToQueryString(filter);
        if (!force && query == loadedQuery)
        {
            return;
        }
        loadedQuery = query;
        Filter = filter;
        loading?.Cancel();
        loading?.Dispose();
        var current = loading = new CancellationTokenSource();
        var token = current.Token;
        IsLoading = true;
        Action show;
        try
        {
            // Microsoft.Data.Sqlite answers its async calls synchronously: on the circuit's thread a slow query would
            // hold up the very navigation that should supersede it.
            show = await Task.Run(() => LoadAsync(filter, token), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        if (!token.IsCancellationRequested)
        {
            show();
            IsLoading = false;
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => Reload(force: false);

    // Raised on the thread of whoever stored the data: reload on this page's own circuit.
    private void OnDataChanged(long version) => Reload(force: true);

    private void Reload(bool force) => _ = InvokeAsync(async () =>
    {
        try
        {
            await ReloadIfChangedAsync(force);
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
        loading = null;
        GC.SuppressFinalize(this);
    }
}
