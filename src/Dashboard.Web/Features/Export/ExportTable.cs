using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dashboard.Web.Features.Export;

/// <summary>A column of an export: a stable key (the JSON property name) and a header in the interface language (the CSV header).</summary>
public sealed record ExportColumn(string Key, string Header);

/// <summary>
/// The rows behind one chart, as exported: the same rows become a CSV file (headers in the interface language) and a
/// JSON array of objects (keys stable in English, so programs reading it do not depend on the language).
/// </summary>
public sealed record ExportTable(IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    // Arabic stays readable in the file; characters that matter to HTML are still escaped.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>When the rows were cut at a limit: how many there were in all; null when every row is here.</summary>
    public long? TotalRows { get; init; }

    public byte[] ToCsv() => CsvWriter.ToBytes(Columns.Select(c => c.Header).ToList(), Rows);

    /// <summary>UTF-8 JSON without a byte order mark: an array with one object per row.</summary>
    public byte[] ToJson()
    {
        var objects = Rows.Select(row =>
        {
            var item = new Dictionary<string, object?>(Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < Columns.Count; i++)
            {
                item[Columns[i].Key] = i < row.Count ? row[i] : null;
            }
            return item;
        });
        return JsonSerializer.SerializeToUtf8Bytes(objects, JsonOptions);
    }
}
