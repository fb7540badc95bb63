using System.Globalization;
using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>
/// Reads the gazetteer's tab-separated format (Data/README.md): id, kind, name, name_ar, aliases_en, aliases_ar,
/// country, lat, lon, population, ambiguous ("0", "1", or "en"/"ar" for a name that is ambiguous in one script only).
/// </summary>
public static class GazetteerTsv
{
    private const int Columns = 11;

    public static IReadOnlyList<GazetteerEntry> Read(TextReader reader)
    {
        var entries = new List<GazetteerEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }
            entries.Add(Parse(line, lineNumber));
        }
        return entries;
    }

    private static GazetteerEntry Parse(string line, int lineNumber)
    {
        var cells = line.Split('\t');
        if (cells.Length != Columns)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"gazetteer line {lineNumber}: {cells.Length} columns, expected {Columns}."));
        }
        var place = new Place(
            Key: cells[0],
            Name: cells[2],
            NameAr: cells[3],
            Kind: FactCodes.Parse<PlaceKind>(cells[1]),
            Country: cells[6].Length == 0 ? null : cells[6],
            Lat: double.Parse(cells[7], CultureInfo.InvariantCulture),
            Lon: double.Parse(cells[8], CultureInfo.InvariantCulture))
        {
            Population = cells[9].Length == 0 ? null : long.Parse(cells[9], CultureInfo.InvariantCulture),
        };
        var namesEn = Split(cells[4]).Prepend(place.Name).ToList();
        var namesAr = Split(cells[5]).Prepend(place.NameAr).Where(n => n.Length > 0).ToList();
        var flag = cells[10];
        return new GazetteerEntry(place, namesEn, namesAr, flag != "0")
        {
            AmbiguousEn = flag is "1" or "en",
            AmbiguousAr = flag is "1" or "ar",
        };
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
