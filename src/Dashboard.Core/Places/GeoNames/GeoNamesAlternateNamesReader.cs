using System.Globalization;

namespace Dashboard.Core.Places.GeoNames;

/// <summary>
/// Reads alternateNamesV2.txt line by line (alternateNameId, geonameid, isolanguage, alternate name,
/// isPreferredName, isShortName, isColloquial, isHistoric, from, to; the older file stops after isHistoric),
/// keeping only the names in the wanted languages of the wanted places: the file has millions of rows.
/// </summary>
public static class GeoNamesAlternateNamesReader
{
    public const string FileLabel = "alternate names file";

    private const int MinColumns = 8;

    public static IEnumerable<GeoNamesAlternateName> Read(TextReader reader, Func<long, bool> wanted, IReadOnlySet<string> languages)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < MinColumns)
            {
                throw new GeoNamesFormatException(FileLabel, lineNumber,
                    string.Create(CultureInfo.InvariantCulture, $"{cells.Length} columns, expected {MinColumns} to 10 (is this alternateNamesV2.txt?)"));
            }
            if (!long.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                throw new GeoNamesFormatException(FileLabel, lineNumber, $"geonameid '{cells[1]}' is not a whole number");
            }
            if (!languages.Contains(cells[2]) || !wanted(id) || cells[3].Trim().Length == 0)
            {
                continue;
            }
            yield return new GeoNamesAlternateName(id, cells[2], cells[3].Trim(), Flag(cells[4]), Flag(cells[5]), Flag(cells[6]), Flag(cells[7]));
        }
    }

    private static bool Flag(string cell) => cell == "1";
}
