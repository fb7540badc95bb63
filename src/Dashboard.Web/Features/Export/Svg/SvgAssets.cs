using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>
/// What the server's SVG takes from the web root, read once: the world outlines (the same local topojson the
/// on-screen map uses) and the Noto Sans Arabic font faces, embedded so the file shows Arabic right anywhere.
/// </summary>
public static partial class SvgAssets
{
    public const string WorldFile = "lib/topojson/world_110m.json";
    public const string FontFolder = "lib/fonts/noto-sans-arabic";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<GeoShape>> Worlds = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Fonts = new(StringComparer.Ordinal);

    /// <summary>The countries of the world, or none when the file is missing (the map then shows places on plain water).</summary>
    public static IReadOnlyList<GeoShape> World(string webRoot) => Worlds.GetOrAdd(webRoot, root =>
    {
        var path = Path.Combine(root, WorldFile);
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        return TopoJson.Read(stream, "countries");
    });

    /// <summary>
    /// @font-face rules for Noto Sans Arabic (the Arabic and Latin subsets, regular and bold) with the font files inlined
    /// as data: URLs; "" when the files are missing.
    /// </summary>
    public static string FontFaces(string webRoot) => Fonts.GetOrAdd(webRoot, root =>
    {
        var css = new StringBuilder();
        foreach (var weight in new[] { "400", "700" })
        {
            var sheet = Path.Combine(root, FontFolder, weight + ".css");
            if (!File.Exists(sheet))
            {
                continue;
            }
            foreach (Match face in FontFace().Matches(File.ReadAllText(sheet)))
            {
                var file = FontFile().Match(face.Value);
                if (!file.Success || !Subset().IsMatch(file.Groups[1].Value))
                {
                    continue;
                }
                var path = Path.Combine(root, FontFolder, "files", file.Groups[1].Value);
                if (!File.Exists(path))
                {
                    continue;
                }
                var data = "url(data:font/woff2;base64," + Convert.ToBase64String(File.ReadAllBytes(path)) + ") format('woff2')";
                css.Append(SourceList().Replace(face.Value, "src: " + data + ";")).Append('\n');
            }
        }
        return css.ToString();
    });

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}")]
    private static partial Regex FontFace();

    [GeneratedRegex(@"url\(\./files/([^)]+\.woff2)\)")]
    private static partial Regex FontFile();

    [GeneratedRegex(@"-(arabic|latin)-\d{3}-normal\.woff2$")]
    private static partial Regex Subset();

    [GeneratedRegex(@"src:[^;]*;")]
    private static partial Regex SourceList();
}
