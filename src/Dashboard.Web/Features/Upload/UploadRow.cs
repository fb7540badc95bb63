using Dashboard.Core.Documents;
using Dashboard.Data.Loading;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Features.Upload;

/// <summary>A publication date field's state: the date, or what was typed when it is not one.</summary>
public sealed class DateEntry
{
    public DateOnly? Date { get; set; }

    public bool Invalid { get; set; }

    public string? Typed { get; set; }
}

public enum UploadState
{
    /// <summary>Chosen, with its fields open for editing.</summary>
    Ready,

    /// <summary>In the batch being uploaded, after the files before it.</summary>
    Waiting,

    /// <summary>Its bytes are arriving (a progress bar).</summary>
    Reading,

    /// <summary>Decoded, extracted and stored on the server.</summary>
    Processing,

    /// <summary>Has its <see cref="UploadRow.Result"/>.</summary>
    Done,

    /// <summary>The user stopped the batch before this file was stored; nothing of it is stored.</summary>
    Stopped,
}

/// <summary>One file on the upload page, from the moment it is chosen to its result.</summary>
public sealed class UploadRow(int id, IBrowserFile file)
{
    public int Id { get; } = id;

    public string Name { get; } = file.Name;

    /// <summary>The size the browser declared (checked again while reading).</summary>
    public long Size { get; } = file.Size;

    /// <summary>The browser's file, until it has been read.</summary>
    public IBrowserFile? File { get; set; } = file;

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public DateEntry Published { get; } = new();

    public UploadState State { get; set; } = UploadState.Ready;

    public UploadProgress? Progress { get; set; }

    public UploadResult? Result { get; set; }

    /// <summary>The stored document (loaded, or the one this file duplicates), for its title and link.</summary>
    public DocumentSummary? Document { get; set; }

    /// <summary>The row's own fields, else the batch's; a blank title is taken from the text, a blank date inferred from it.</summary>
    public ArticleMetadata Metadata(string? batchOutlet, DateOnly? batchPublished) => new()
    {
        Title = Blank(Title),
        Outlet = Blank(Outlet) ?? Blank(batchOutlet),
        Published = Published.Date ?? batchPublished,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
