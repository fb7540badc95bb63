namespace Dashboard.Data.Loading;

/// <summary>
/// A counter of changes to the stored data. Whatever stores new documents bumps it; open views listen and
/// reload, so new facts appear everywhere without a restart. A listener that fails never stops the others.
/// </summary>
public sealed class DataVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public event Action<long>? Changed;

    public void Bump()
    {
        var version = Interlocked.Increment(ref current);
        foreach (var listener in Changed?.GetInvocationList().Cast<Action<long>>() ?? [])
        {
            try
            {
                listener(version);
            }
            catch (ObjectDisposedException)
            {
                // A view closed while we told it; it no longer needs to know.
            }
        }
    }
}
