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
    public static LoadResult Failed(string name, string error) => new(name, LoadStatus.Failed, error, null);
}
