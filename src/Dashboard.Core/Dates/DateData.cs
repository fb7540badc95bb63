using System.Reflection;

namespace Dashboard.Core.Dates;

/// <summary>Reads the tab-separated word lists embedded from Dates/Data/ (lines starting with '#' are comments).</summary>
internal static class DateData
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(DateData).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The embedded date list {fileName} is missing.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }

    /// <summary>A name as the tokenizer would see it: the normalised word of each token.</summary>
    public static string[] Words(string name) =>
        Text.Tokenizer.Tokenize(name).Select(t => t.Norm).ToArray();
}
