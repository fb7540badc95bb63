using System.Globalization;
using System.Text.Json;

namespace Dashboard.Core.Documents;

/// <summary>
/// Reads article metadata: a folder's manifest.json ({"file.txt": {"title": …, "published": "2016-02-10"}})
/// or one article's sidecar ({"title": …}). Unknown fields are ignored; a malformed date is an error.
/// </summary>
public static class MetadataJson
{
    public static IReadOnlyDictionary<string, ArticleMetadata> ParseManifest(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A manifest is a JSON object keyed by file name.");
        }
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            result[entry.Name] = Read(entry.Value, entry.Name);
        }
        return result;
    }

    public static ArticleMetadata ParseSidecar(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, name);
    }

    private static ArticleMetadata Read(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The metadata of {name} is not a JSON object.");
        }
        return new ArticleMetadata
        {
            Title = String(element, "title"),
            Outlet = String(element, "outlet"),
            Url = String(element, "url"),
            Language = String(element, "language"),
            Published = ParseDate(String(element, "published"), name),
        };
    }

    public static DateOnly? ParseDate(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var day = value.Length > 10 ? value[..10] : value;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"The publication date of {name} is \"{value}\"; write it as YYYY-MM-DD.");
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
