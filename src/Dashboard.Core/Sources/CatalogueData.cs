using System.Reflection;

namespace Dashboard.Core.Sources;

/// <summary>Reads the catalogue's embedded data files (Sources/Data/*.tsv and *.txt).</summary>
internal static class CatalogueData
{
    private static readonly Assembly Assembly = typeof(CatalogueData).Assembly;

    /// <summary>The lines of an embedded file, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The rows of an embedded TSV file after its header line.</summary>
    public static IEnumerable<string[]> Rows(string fileName) => Lines(fileName).Skip(1).Select(line => line.Split('\t'));

    /// <summary>The space-separated words of an embedded word list.</summary>
    public static IEnumerable<string> Words(string fileName) =>
        Lines(fileName).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Stream Open(string fileName)
    {
        var wanted = "Sources/Data/" + fileName;
        var name = Assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').EndsWith(wanted, StringComparison.Ordinal))
            ?? Assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/').EndsWith("/" + fileName, StringComparison.Ordinal));
        return (name is null ? null : Assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"The embedded catalogue file {wanted} is missing.");
    }
}
