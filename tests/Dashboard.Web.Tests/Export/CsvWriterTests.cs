using System.Text;
using Dashboard.Tests.Shared;
using Dashboard.Web.Features.Export;

namespace Dashboard.Web.Tests.Export;

public sealed class CsvWriterTests
{
    private static string Write(params object?[][] rows) =>
        Encoding.UTF8.GetString(CsvWriter.ToBytes(["a", "b"], rows.Select(r => (IReadOnlyList<object?>)r)));

    [Fact]
    public void ToBytes_AnyRows_StartWithTheUtf8ByteOrderMark()
    {
        var bytes = CsvWriter.ToBytes(["a"], []);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public void ToBytes_HeaderAndRows_AreCrlfSeparatedLines()
    {
        var text = Write(["x", 1L]);
        Assert.Equal("\uFEFFa,b\r\nx,1\r\n", text);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@x", "'@x")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    public void Neutralise_FormulaStart_GetsALeadingQuote(string cell, string expected)
    {
        Assert.Equal(expected, CsvWriter.Neutralise(cell));
    }

    [Fact]
    public void Cell_FormulaWithCarriageReturn_IsNeutralisedAndQuoted()
    {
        Assert.Equal("\"'\rcmd\"", CsvWriter.Cell("\rcmd"));
    }

    [Fact]
    public void Cell_CommaQuoteAndLineBreak_AreQuotedWithDoubledQuotes()
    {
        Assert.Equal("\"a, b\"", CsvWriter.Cell("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvWriter.Cell("say \"hi\""));
        Assert.Equal("\"line1\nline2\"", CsvWriter.Cell("line1\nline2"));
    }

    [Fact]
    public void Cell_FormulaWithComma_IsNeutralisedThenQuoted()
    {
        Assert.Equal("\"'=SUM(A1,A2)\"", CsvWriter.Cell("=SUM(A1,A2)"));
    }

    [Fact]
    public void Cell_Numbers_StayNumbersInInvariantForm()
    {
        Assert.Equal("-77.04", CsvWriter.Cell(-77.04));
        Assert.Equal("5800000000", CsvWriter.Cell(5_800_000_000d));
        Assert.Equal("-3", CsvWriter.Cell(-3L));
        Assert.Equal("true", CsvWriter.Cell(true));
        Assert.Equal("", CsvWriter.Cell(null));
    }

    [Fact]
    public void ToBytes_ArabicText_IsKeptAsUtf8()
    {
        var text = Write(["تكلفة الحملة العسكرية", "الموصل، العراق"]);
        Assert.Contains("تكلفة الحملة العسكرية,الموصل، العراق\r\n", text, StringComparison.Ordinal);
        var rows = Csv.Parse(text.TrimStart('\uFEFF'));
        Assert.Equal(["تكلفة الحملة العسكرية", "الموصل، العراق"], rows[1]);
    }

    [Fact]
    public void ToBytes_ParsedBack_GivesTheNeutralisedCells()
    {
        var rows = Csv.Parse(Write(["=cmd|' /C calc'!A0", "+1"], ["-2", "@x"]).TrimStart('\uFEFF'));
        Assert.Equal(["'=cmd|' /C calc'!A0", "'+1"], rows[1]);
        Assert.Equal(["'-2", "'@x"], rows[2]);
    }
}
