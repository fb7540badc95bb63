using Dashboard.Core.Facts;
using Dashboard.Core.Places;
using Dashboard.Core.Places.GeoNames;

namespace Dashboard.Core.Tests.Places;

public class GeoNamesReaderTests
{
    private const string Kafr = "9001001\tKafr Nabudah\tKafr Nabudah\tKafr Nabouda\t35.43333\t36.48333\tP\tPPL\tsy\t\t01\t\t\t\t9000\t\t300\tAsia/Damascus\t2024-01-15";
    private const string Mosul = "99072\tMosul\tMosul\t\t36.33500\t43.11889\tP\tPPLA\tIQ\t\t01\t\t\t\t1739800\t\t300\tAsia/Baghdad\t2024-01-15";

    [Fact]
    public void ReadCities_Row_GivesItsColumns()
    {
        var city = Assert.Single(GeoNamesCitiesReader.Read(new StringReader(Kafr + "\n")));
        Assert.Equal(new GeoNamesCity(9001001, "Kafr Nabudah", "Kafr Nabudah", 35.43333, 36.48333, "P", "PPL", "SY", 9000), city);
    }

    [Theory]
    [InlineData("1\tx\tx\t\t1\t2\tP", "line 1: 7 columns, expected 19 (is this a GeoNames cities file?)")]
    [InlineData("1\tx\tx\t\t91\t2\tP\tPPL\tSY\t\t\t\t\t\t5\t\t\t\t", "line 1: coordinates 91, 2 are out of range")]
    [InlineData("1\tx\tx\t\t1\t2\tP\tPPL\tSYR\t\t\t\t\t\t5\t\t\t\t", "line 1: country code 'SYR' is not two letters")]
    [InlineData("1\tx\tx\t\t1\t2\tP\tPPL\tSY\t\t\t\t\t\tmany\t\t\t\t", "line 1: population 'many' is not a whole number")]
    public void ReadCities_BadLine_SaysWhatAndWhere(string line, string message)
    {
        var error = Assert.Throws<GeoNamesFormatException>(() => GeoNamesCitiesReader.Read(new StringReader(line)).ToList());
        Assert.Equal("cities file " + message, error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void ReadAlternateNames_KeepsOnlyWantedPlacesAndLanguages()
    {
        const string file = "1\t9001001\tar\tكفر نبودة\t1\t\t\t\t\t\n2\t9001001\tfr\tKafr Naboudé\t\t\t\t\t\t\n3\t42\tar\tمكان آخر\t\t\t\t\t\t\n4\t9001001\ten\tKafr Nabudah\t\t\t\t1\n";
        var names = GeoNamesAlternateNamesReader.Read(new StringReader(file), id => id == 9001001, new HashSet<string> { "ar", "en" }).ToList();
        Assert.Equal(
            [new GeoNamesAlternateName(9001001, "ar", "كفر نبودة", true, false, false, false), new GeoNamesAlternateName(9001001, "en", "Kafr Nabudah", false, false, false, true)],
            names);
    }

    [Fact]
    public void Run_PrefersTheArabicPreferredNameAndLeavesOutHistoricOnesAndKnownPlaces()
    {
        const string names = "1\t9001001\tar\tكفرنبودة\t\t\t\t\t\t\n2\t9001001\tar\tكفر نبودة\t1\t\t\t\t\t\n3\t9001001\tar\tنبودة القديمة\t\t\t\t1\t\t\n4\t9001001\ten\tKafr Nbouda\t1\t\t\t\t\t\n";
        var result = GeoNamesImport.Run(new StringReader(Kafr + "\n" + Mosul + "\n"), new StringReader(names), new GeoNamesImportOptions(), Gazetteer.BuiltIn);

        var entry = Assert.Single(result.Entries);
        Assert.Equal(new Place("geonames-9001001", "Kafr Nbouda", "كفر نبودة", PlaceKind.City, "SY", 35.4333, 36.4833) { Population = 9000 }, entry.Place);
        Assert.Equal(["كفر نبودة", "كفرنبودة"], entry.NamesAr);
        Assert.Contains("Kafr Nabudah", entry.NamesEn);
        Assert.Equal((1, 1), (result.WithArabicName, result.SkippedKnown));
    }

    [Fact]
    public void Run_WithoutAlternateNames_ImportsTheEnglishNameOnly()
    {
        var result = GeoNamesImport.Run(new StringReader(Kafr), null, new GeoNamesImportOptions(MinPopulation: 100, Countries: new HashSet<string> { "SY" }), Gazetteer.BuiltIn);
        var entry = Assert.Single(result.Entries);
        Assert.Equal(("Kafr Nabudah", ""), (entry.Place.Name, entry.Place.NameAr));
        Assert.Empty(entry.NamesAr);
    }
}
