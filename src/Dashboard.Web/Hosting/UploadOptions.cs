using Dashboard.Core.Documents;
using Dashboard.Data.Loading;

namespace Dashboard.Web.Hosting;

/// <summary>
/// The "Dashboard:Uploads" section: limits of the upload page, enforced on the server.
/// Files reach the server through the circuit in SignalR messages of at most <see cref="MessageKilobytes"/>
/// (Blazor sends a file in chunks of that size less 512 bytes), so the message size does not grow with the file
/// limit; the file limit is InputFile's maxAllowedSize. The message must still hold the list of a batch's files
/// (name, size and type of each, sent when they are chosen), hence the check against <see cref="MaxFiles"/>.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = DashboardOptions.Section + ":Uploads";

    /// <summary>Room in one SignalR message for the description of one chosen file (a long name, size, type, date).</summary>
    private const int BytesPerFileDescription = 1024;

    public int MaxFiles { get; set; } = 20;

    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>SignalR's MaximumReceiveMessageSize for the circuit (the default is 32 KB).</summary>
    public int MessageKilobytes { get; set; } = 64;

    public long MessageBytes => MessageKilobytes * 1024L;

    /// <summary>
    /// How many chosen files one message can describe. The browser refuses a larger choice before Blazor sends its
    /// list: a list past the message size would end the circuit (the page would stop answering).
    /// </summary>
    public int MaxListedFiles => (int)(MessageBytes / BytesPerFileDescription);

    /// <summary>The limits, or a clear start-up error when the settings cannot work together.</summary>
    public UploadLimits ToLimits()
    {
        // Past the decoder's own limit, the loader would refuse what the page accepted.
        var decoderMegabytes = TextDecoder.DefaultMaxBytes / (1024 * 1024);
        if (MaxFiles < 1 || MaxFileMegabytes < 1 || MaxFileMegabytes > decoderMegabytes)
        {
            throw new InvalidOperationException(
                $"{Section}: MaxFiles must be at least 1 and MaxFileMegabytes between 1 and {decoderMegabytes} (they are {MaxFiles} and {MaxFileMegabytes}).");
        }
        if (MessageBytes < 2048 || MessageBytes < (long)MaxFiles * BytesPerFileDescription)
        {
            throw new InvalidOperationException(
                $"{Section}: MessageKilobytes ({MessageKilobytes}) must be at least 2 and hold the list of {MaxFiles} files (1 KB each).");
        }
        return new UploadLimits(MaxFiles, MaxFileMegabytes * 1024L * 1024L);
    }
}
