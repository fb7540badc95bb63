using System.Globalization;
using Dashboard.Core.Dates;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Dates;

/// <summary>Runs the date extractor and describes what it found as "text = value | text = value" ("?" when unresolved).</summary>
internal static class DateTestKit
{
    private static readonly DateExtractor Extractor = new();

    public static IReadOnlyList<DateMention> Extract(string text, string? published) =>
        Extractor.Extract(new AnalyzedText(text), Parse(published));

    public static string Describe(string text, string? published) =>
        string.Join(" | ", Extract(text, published).Select(m => $"{m.Text} = {m.Value ?? "?"}"));

    public static DateOnly? Parse(string? date) =>
        date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? InferPublished(string text) => Extractor.InferPublished(new AnalyzedText(text));
}
