using Dashboard.Core.Facts;
using Dashboard.Core.Sources;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Sources;

/// <summary>Runs the built-in source extractor over a text written for a test.</summary>
internal static class SourceTestText
{
    private static readonly SourceExtractor Extractor = new(SourceCatalogue.BuiltIn);

    public static IReadOnlyList<SourceMention> Extract(string text) => Extractor.Extract(new AnalyzedText(text));

    public static IReadOnlyList<(int Start, int End)> NamedSpans(string text) => Extractor.NamedSpans(new AnalyzedText(text));

    public static SourceMention Single(string text, string name)
    {
        var mentions = Extract(text);
        var found = mentions.Where(m => m.Name == name).ToList();
        Assert.True(found.Count > 0, $"No source named '{name}' in: {Describe(mentions)}");
        return found[0];
    }

    public static string Describe(IEnumerable<SourceMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Text} → {m.Name} ({m.Kind.Code()}, {m.Role.Code()})"));
}
