using System.Globalization;

namespace Dashboard.Core.Places.GeoNames;

/// <summary>
/// Reads the GeoNames cities dump line by line (the files are hundreds of MB): 19 tab-separated columns,
/// geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code,
/// cc2, admin1-4, population, elevation, dem, timezone, modification date.
/// </summary>
public static class GeoNamesCitiesReader
{
    public const string FileLabel = "cities file";

    private const int Columns = 19;

    public static IEnumerable<GeoNamesCity> Read(TextReader reader)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return Parse(line, lineNumber);
        }
    }

    private static GeoNamesCity Parse(string line, long lineNumber)
    {
        var cells = line.Split('\t');
        if (cells.Length != Columns)
        {
            throw Error(lineNumber, string.Create(CultureInfo.InvariantCulture, $"{cells.Length} columns, expected {Columns} (is this a GeoNames cities file?)"));
        }
        var id = ParseLong(cells[0], "geonameid", lineNumber);
        var lat = ParseDouble(cells[4], "latitude", lineNumber);
        var lon = ParseDouble(cells[5], "longitude", lineNumber);
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw Error(lineNumber, string.Create(CultureInfo.InvariantCulture, $"coordinates {lat}, {lon} are out of range"));
        }
        var name = cells[1].Trim();
        if (name.Length == 0)
        {
            throw Error(lineNumber, "the name is empty");
        }
        var country = cells[8].Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw Error(lineNumber, $"country code '{cells[8]}' is not two letters");
        }
        var population = cells[14].Length == 0 ? 0 : ParseLong(cells[14], "population", lineNumber);
        return new GeoNamesCity(id, name, cells[2].Trim(), lat, lon, cells[6].Trim(), cells[7].Trim(), country, population);
    }

    private static long ParseLong(string cell, string column, long lineNumber) =>
        long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Error(lineNumber, $"{column} '{cell}' is not a whole number");

    private static double ParseDouble(string cell, string column, long lineNumber) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(lineNumber, $"{column} '{cell}' is not a number");

    private static GeoNamesFormatException Error(long lineNumber, string problem) => new(FileLabel, lineNumber, problem);
}
