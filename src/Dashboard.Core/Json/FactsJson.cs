using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Facts;

namespace Dashboard.Core.Json;

/// <summary>
/// Writes an article's facts in the extraction JSON contract (the output of <c>extract --json</c>). Other tools
/// read it: fields are only ever added, never renamed or removed.
/// </summary>
public static class FactsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Arabic stays readable in the output; this is data for tools, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ArticleFacts facts)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            WriteDocument(json, facts.Document);
            WriteArray(json, "dates", facts.Dates, WriteDate);
            WriteArray(json, "figures", facts.Figures, WriteFigure);
            WriteArray(json, "places", facts.Places, WritePlace);
            WriteArray(json, "sources", facts.Sources, WriteSource);
            WriteArray(json, "events", facts.Events, WriteEvent);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentInfo document)
    {
        json.WriteStartObject("document");
        json.WriteString("title", document.Title);
        json.WriteString("language", document.Language);
        WriteNullable(json, "published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("published_basis", document.PublishedBasis.Code());
        WriteNullable(json, "outlet", document.Outlet);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, DateMention date)
    {
        WriteSpan(json, date);
        WriteNullable(json, "value", date.Value);
        json.WriteString("precision", date.Precision.Code());
        json.WriteBoolean("relative", date.Relative);
        json.WriteBoolean("resolved", date.Resolved);
        json.WriteString("calendar", date.Calendar);
    }

    private static void WriteFigure(Utf8JsonWriter json, FigureMention figure)
    {
        WriteSpan(json, figure);
        json.WriteNumber("value", figure.Value);
        json.WriteString("unit", figure.Unit);
        WriteNullable(json, "per", figure.Per?.Code());
        json.WriteBoolean("approx", figure.Approx);
        json.WriteString("counted", figure.Counted);
        json.WriteString("category", figure.Category.Code());
        json.WriteString("bound", figure.Bound.Code());
        WriteNullable(json, "source", figure.Source);
    }

    private static void WritePlace(Utf8JsonWriter json, PlaceMention place)
    {
        WriteSpan(json, place);
        json.WriteString("name", place.Place.Name);
        json.WriteString("name_ar", place.Place.NameAr);
        json.WriteString("kind", place.Place.Kind.Code());
        WriteNullable(json, "country", place.Place.Country);
        json.WriteNumber("lat", Math.Round(place.Place.Lat, 4));
        json.WriteNumber("lon", Math.Round(place.Place.Lon, 4));
        json.WriteString("id", place.Place.Key);
    }

    private static void WriteSource(Utf8JsonWriter json, SourceMention source)
    {
        WriteSpan(json, source);
        json.WriteString("name", source.Name);
        json.WriteString("kind", source.Kind.Code());
        json.WriteString("role", source.Role.Code());
        WriteNullable(json, "title", source.Title);
        json.WriteBoolean("anonymous", source.Anonymous);
    }

    private static void WriteEvent(Utf8JsonWriter json, TimelineEvent timelineEvent)
    {
        json.WriteString("date", timelineEvent.Date);
        json.WriteString("precision", timelineEvent.Precision.Code());
        json.WriteString("label", timelineEvent.Label);
        json.WriteNumber("sentence", timelineEvent.Sentence);
        json.WriteStartArray("places");
        foreach (var key in timelineEvent.PlaceKeys)
        {
            json.WriteStringValue(key);
        }
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var name in timelineEvent.Sources)
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, IFact fact)
    {
        json.WriteString("text", fact.Text);
        json.WriteNumber("start", fact.Start);
        json.WriteNumber("end", fact.End);
        json.WriteNumber("sentence", fact.Sentence);
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

}
