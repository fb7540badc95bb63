using Dashboard.Data.Storing;

namespace Dashboard.Data.Loading;

public enum LoadStatus
{
    Loaded,
    Duplicate,
    Failed,
}

/// <summary>What happened to one file: loaded (with its fact counts), a duplicate of a stored one, or failed and why.</summary>
public sealed record LoadResult(string Name, LoadStatus Status, string? Error, StoreOutcome? Outcome)
{
    /// <summary>The unexpected exception behind a failure, for logs; null when the input or the database was the reason.</summary>
    public Exception? Cause { get; init; }

    public static LoadResult Failed(string name, string error) => new(name, LoadStatus.Failed, error, null);
}
