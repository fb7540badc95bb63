namespace Dashboard.Data.Loading;

/// <summary>Why an uploaded file was not loaded, when the reason is the upload itself rather than its text.</summary>
public enum UploadProblem
{
    /// <summary>Not a .txt, .md, .html or .htm file.</summary>
    WrongType,

    /// <summary>Larger than <see cref="UploadLimits.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>The browser could not deliver the file (it was removed, changed or the connection dropped).</summary>
    Unreadable,

    /// <summary>Extraction stopped on an unexpected error; nothing was stored.</summary>
    ProcessingError,
}

/// <summary>The limits of one upload batch: how many files, how large each. Checked on the server, whatever the browser says.</summary>
public sealed record UploadLimits
{
    public UploadLimits(int maxFiles, long maxFileBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFiles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1);
        MaxFiles = maxFiles;
        MaxFileBytes = maxFileBytes;
    }

    public static UploadLimits Default { get; } = new(20, 10 * 1024 * 1024);

    public int MaxFiles { get; }

    public long MaxFileBytes { get; }

    /// <summary>The file types an upload may have: the ones the loader reads.</summary>
    public static IReadOnlyList<string> Extensions => ArticleLoader.ArticleExtensions;

    /// <summary>What is wrong with a file of this name and (declared or read) size before its text is looked at; null when nothing is.</summary>
    public UploadProblem? Check(string name, long size) =>
        !ArticleLoader.IsArticle(name) ? UploadProblem.WrongType
        : size > MaxFileBytes ? UploadProblem.TooLarge
        : size <= 0 ? UploadProblem.Empty
        : null;

    /// <summary>Splits a batch into the files taken (the first <see cref="MaxFiles"/>) and how many are left out.</summary>
    public (IReadOnlyList<T> Taken, int LeftOut) Admit<T>(IReadOnlyList<T> files) =>
        files.Count <= MaxFiles ? (files, 0) : (files.Take(MaxFiles).ToList(), files.Count - MaxFiles);
}
