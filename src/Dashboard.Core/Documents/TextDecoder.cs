using System.Text;

namespace Dashboard.Core.Documents;

/// <summary>The text of a file, or why there is none.</summary>
public sealed record DecodedText(string? Text, string? Error, string Encoding)
{
    public bool Ok => Text is not null;

    public static DecodedText Fail(string error) => new(null, error, "none");
}

/// <summary>
/// Turns the bytes of an uploaded or loaded file into text: UTF-8 (with or without BOM), UTF-16 (BOM or the
/// pattern of zero bytes), or Windows-1256 for older Arabic files that are not valid UTF-8. Refuses binary,
/// empty and oversized input with a message a user can act on. HTML is reduced to its visible text.
/// </summary>
public static class TextDecoder
{
    public const int DefaultMaxBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string fileName, int maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length == 0)
        {
            return DecodedText.Fail($"{fileName} is empty.");
        }
        if (bytes.Length > maxBytes)
        {
            return DecodedText.Fail($"{fileName} is {bytes.Length / (1024 * 1024.0):0.#} MB; the limit is {maxBytes / (1024 * 1024)} MB.");
        }
        var (text, encoding) = DecodeBytes(bytes);
        if (text is null)
        {
            return DecodedText.Fail($"{fileName} is not text (it looks like a binary file).");
        }
        if (LooksBinary(text))
        {
            return DecodedText.Fail($"{fileName} is not text (it holds control characters that text files do not have).");
        }
        if (IsHtml(fileName, text))
        {
            text = HtmlText.VisibleText(text);
        }
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return string.IsNullOrWhiteSpace(text)
            ? DecodedText.Fail($"{fileName} has no text in it.")
            : new DecodedText(text, null, encoding);
    }

    private static (string? Text, string Encoding) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryUtf8(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (System.Text.Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (System.Text.Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }
        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return utf16;
        }
        if (bytes.Contains((byte)0))
        {
            return (null, "binary");
        }
        var utf8 = TryUtf8(bytes);
        if (utf8.Text is not null)
        {
            return utf8;
        }
        // Not UTF-8: older Arabic sites and Windows tools write Windows-1256.
        return (System.Text.Encoding.GetEncoding(1256).GetString(bytes), "windows-1256");
    }

    private static (string? Text, string Encoding) TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (null, "utf-8");
        }
    }

    // Text in UTF-16 without a byte order mark has a zero in every other byte for ASCII, or a 0x06 high byte for Arabic.
    private static (string? Text, string Encoding)? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        int evenHigh = 0, oddHigh = 0, pairs = Math.Min(bytes.Length / 2, 4096);
        for (var i = 0; i < pairs; i++)
        {
            byte first = bytes[2 * i], second = bytes[2 * i + 1];
            if (second is 0 or 6 && first != 0)
            {
                oddHigh++;
            }
            if (first is 0 or 6 && second != 0)
            {
                evenHigh++;
            }
        }
        if (oddHigh > pairs * 0.9)
        {
            return (System.Text.Encoding.Unicode.GetString(bytes), "utf-16le");
        }
        if (evenHigh > pairs * 0.9)
        {
            return (System.Text.Encoding.BigEndianUnicode.GetString(bytes), "utf-16be");
        }
        return null;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                control++;
            }
        }
        return control > 0 && control >= sample.Length / 100 + 1;
    }

    private static bool IsHtml(string fileName, string text) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan().TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan().TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
