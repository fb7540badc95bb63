using System.Globalization;
using System.Text;

namespace Dashboard.Web.Features.Export;

/// <summary>
/// CSV as spreadsheets read it safely: UTF-8 with a byte order mark (so Excel keeps Arabic), a header row, RFC 4180
/// quoting and CRLF line ends, and every text cell that a spreadsheet would take for a formula neutralised with a
/// leading apostrophe. Cell text comes from articles and is untrusted: "=HYPERLINK(…)" must stay text.
/// </summary>
public static class CsvWriter
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (OWASP's list, plus their full-width forms).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A header row and the rows below it, as the bytes of a CSV file (the BOM first).</summary>
    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8WithBom))
        {
            Write(writer, header, rows);
        }
        return stream.ToArray();
    }

    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        WriteRow(writer, header.Cast<object?>().ToList());
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<object?> row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Cell(row[i]));
        }
        writer.Write("\r\n");
    }

    /// <summary>
    /// One cell as written: numbers in invariant form and left as numbers (a negative longitude stays a number: it is
    /// our own formatting, not article text), text neutralised against formulas, then quoted when it must be.
    /// </summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => Quote(d.ToString("R", CultureInfo.InvariantCulture)),
        float f => Quote(f.ToString("R", CultureInfo.InvariantCulture)),
        decimal m => Quote(m.ToString(CultureInfo.InvariantCulture)),
        int or long or short or byte or uint or ulong => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => Quote(Neutralise(formattable.ToString(null, CultureInfo.InvariantCulture))),
        _ => Quote(Neutralise(value.ToString() ?? "")),
    };

    /// <summary>Prefixes a single quote to text that starts like a formula ("=cmd" → "'=cmd"); other text is unchanged.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    /// <summary>RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    public static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
