using System.Text;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public class TextDecoderTests
{
    private const string Arabic = "قال كارتر إن الحملة كلفت 5.8 مليارات دولار.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> EncodedArabic => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Arabic) },
        { "utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)] },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)] },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)] },
        { "utf-16le", Encoding.Unicode.GetBytes(Arabic) },
        { "windows-1256", Encoding.GetEncoding(1256).GetBytes(Arabic) },
    };

    [Theory]
    [MemberData(nameof(EncodedArabic))]
    public void Decode_ArabicInAnyCommonEncoding_GivesTheSameText(string encoding, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, "article.txt");
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Decode_Empty_FailsWithAClearMessage()
    {
        var decoded = TextDecoder.Decode([], "empty.txt");
        Assert.False(decoded.Ok);
        Assert.Equal("empty.txt is empty.", decoded.Error);
    }

    [Fact]
    public void Decode_Png_IsRefusedAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x7F, 0x03];
        var decoded = TextDecoder.Decode(png, "photo.txt");
        Assert.False(decoded.Ok);
        Assert.Contains("not text", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OverTheLimit_IsRefusedWithTheLimit()
    {
        var decoded = TextDecoder.Decode(new byte[2048], "big.txt", maxBytes: 1024);
        Assert.False(decoded.Ok);
        Assert.Contains("limit", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WindowsLineEndings_BecomeNewlines()
    {
        Assert.Equal("سطر\nسطر", TextDecoder.Decode(Encoding.UTF8.GetBytes("سطر\r\nسطر"), "a.txt").Text);
    }

    [Fact]
    public void Decode_Html_KeepsVisibleTextAndDropsScripts()
    {
        const string html = "<html><head><title>x</title><script>alert('x')</script></head><body><h1>عنوان</h1><p>فقرة &amp; نص</p><style>p{}</style><!-- note --><p>ثانية</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html), "page.html");
        Assert.Equal("عنوان\n\nفقرة & نص\n\nثانية", decoded.Text);
    }
}
