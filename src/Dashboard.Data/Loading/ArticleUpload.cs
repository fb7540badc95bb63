using Dashboard.Core.Documents;

namespace Dashboard.Data.Loading;

/// <summary>
/// Articles uploaded from a browser, into the store through the one <see cref="ArticleLoader"/>: checks the limits,
/// reads the stream in chunks (reporting progress, never holding more than the size limit, whatever size the
/// browser declared), then decodes, extracts and stores on the thread pool, one file at a time across all users.
/// A file is stored whole or not at all: a cancelled upload stores nothing, unless storing has already begun,
/// in which case it completes (the store is one transaction per document).
/// </summary>
public sealed class ArticleUpload(ArticleLoader loader, DataVersion version, UploadLimits limits)
{
    /// <summary>The read buffer; the browser delivers the file in SignalR messages of about this size or less.</summary>
    public const int ChunkBytes = 64 * 1024;

    // Extraction is CPU work on a small machine, and the extractors are shared: one article at a time.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public UploadLimits Limits => limits;

    /// <param name="name">The file name the browser gave (only its extension and text matter).</param>
    /// <param name="declaredBytes">The size the browser declared; checked first, and the bytes read are checked again.</param>
    /// <param name="open">Opens the file's stream, given the largest size it may have.</param>
    public async Task<UploadResult> LoadAsync(
        string name,
        long declaredBytes,
        Func<long, CancellationToken, Stream> open,
        ArticleMetadata metadata,
        IProgress<UploadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (limits.Check(name, declaredBytes) is { } problem)
        {
            return UploadResult.Refused(name, problem, declaredBytes);
        }

        byte[] bytes;
        int length;
        try
        {
            (bytes, length) = await ReadAsync(open, declaredBytes, progress, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return UploadResult.Refused(name, UploadProblem.Unreadable, declaredBytes, e.Message);
        }
        if (limits.Check(name, length) is { } afterReading)
        {
            // The browser declared less than it sent (or nothing at all arrived).
            return UploadResult.Refused(name, afterReading, length);
        }

        progress?.Report(new UploadProgress(length, length, Processing: true));
        await oneAtATime.WaitAsync(cancellationToken);
        LoadResult load;
        try
        {
            // The last moment to stop: from here on the document is stored whole or not at all.
            cancellationToken.ThrowIfCancellationRequested();
            load = await Task.Run(() => loader.LoadBytes(name, bytes.AsSpan(0, length), metadata), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return UploadResult.Refused(name, UploadProblem.ProcessingError, length, e.Message);
        }
        finally
        {
            oneAtATime.Release();
        }
        if (load.Cause is { } cause)
        {
            return UploadResult.Refused(name, UploadProblem.ProcessingError, length, cause.Message);
        }
        if (load.Status == LoadStatus.Loaded)
        {
            version.Bump();
        }
        return UploadResult.From(load, length);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized file is known without reading all of it.</summary>
    private async Task<(byte[] Bytes, int Length)> ReadAsync(
        Func<long, CancellationToken, Stream> open, long declaredBytes, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
    {
        var limit = limits.MaxFileBytes;
        using var memory = new MemoryStream((int)Math.Min(declaredBytes, Math.Min(limit, int.MaxValue - 1)));
        await using var stream = open(limit, cancellationToken);
        var buffer = new byte[ChunkBytes];
        long total = 0;
        var reportedPercent = -1;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return ([], (int)Math.Min(total, int.MaxValue));
            }
            memory.Write(buffer, 0, read);
            var step = new UploadProgress(total, Math.Max(declaredBytes, total), Processing: false);
            if ((int)step.Percent > reportedPercent)
            {
                reportedPercent = (int)step.Percent;
                progress?.Report(step);
            }
        }
        return (memory.GetBuffer(), (int)memory.Length);
    }
}
