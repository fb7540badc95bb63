using System.Reflection;

namespace Dashboard.Core.Places;

/// <summary>The data files embedded under Places/Data.</summary>
internal static class PlaceData
{
    public static TextReader Open(string fileName)
    {
        var name = "Places/Data/" + fileName;
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return new StreamReader(stream);
    }

    /// <summary>The non-empty lines of a list file, without comments (from '#').</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        using var reader = Open(fileName);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }
        return lines;
    }
}
