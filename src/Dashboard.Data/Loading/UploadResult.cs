using Dashboard.Data.Storing;

namespace Dashboard.Data.Loading;

/// <summary>
/// What became of one uploaded file: loaded (with its fact counts), a duplicate of a stored document, or failed,
/// either for an upload <see cref="Problem"/> (type, size, empty, unreadable) or with the loader's <see cref="Error"/>.
/// </summary>
public sealed record UploadResult(string Name, LoadStatus Status, UploadProblem? Problem, string? Error, StoreOutcome? Outcome, long Bytes)
{
    public static UploadResult Refused(string name, UploadProblem problem, long bytes, string? detail = null) =>
        new(name, LoadStatus.Failed, problem, detail, null, bytes);

    public static UploadResult From(LoadResult load, long bytes) => new(load.Name, load.Status, null, load.Error, load.Outcome, bytes);

    public long? DocumentId => Outcome?.DocumentId;
}

/// <summary>How far one file has come: bytes received of the total, then extraction and storing.</summary>
public sealed record UploadProgress(long BytesRead, long TotalBytes, bool Processing)
{
    /// <summary>0 to 100.</summary>
    public double Percent => TotalBytes <= 0 ? 100 : Math.Min(100, 100.0 * BytesRead / TotalBytes);
}
