using System.IO.Compression;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Data.Gazetteer;
using Dashboard.Data.Loading;
using Dashboard.Data.Schema;
using Spectre.Console;

namespace Dashboard.Loader.Tests;

public sealed class GazetteerCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "GeoNames");
    private static readonly string Cities = Path.Combine(Samples, "cities_sample.txt");
    private static readonly string AlternateNames = Path.Combine(Samples, "alternateNames_sample.txt");

    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-import-").FullName;

    private string DatabasePath => Path.Combine(folder, "test.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var exit = LoaderCommandLine.Build(new LoaderContext(console, TextWriter.Null)).Parse([.. args, "--db", DatabasePath]).Invoke();
        return (exit, writer.ToString());
    }

    private Dictionary<string, Core.Places.GazetteerEntry> Imported() =>
        new ImportedPlaces(new Database(DatabasePath).Initialize()).Load().ToDictionary(e => e.Place.Key);

    [Fact]
    public void Import_Sample_StoresNewPlacesWithArabicNamesAndReportsTheSkipped()
    {
        var (exit, output) = Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames);

        Assert.Equal(ExitCodes.Success, exit);
        var places = Imported();
        // Mosul and Aleppo are built in; the governorate is no populated place.
        Assert.Equal(11, places.Count);
        Assert.Contains("Imported 11 place(s)", output, StringComparison.Ordinal);
        Assert.Contains("8 with an Arabic name, 3 with English names only", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 3: 2 already in the built-in gazetteer", output, StringComparison.Ordinal);
        Assert.Contains("1 not populated places", output, StringComparison.Ordinal);

        var miskin = places["geonames-9001002"];
        Assert.Equal(("Sheikh Miskin", "الشيخ مسكين", "SY"), (miskin.Place.Name, miskin.Place.NameAr, miskin.Place.Country));
        Assert.Equal(24000, miskin.Place.Population);
        Assert.Equal(["الشيخ مسكين", "شيخ مسكين"], miskin.NamesAr);   // preferred first; the historic name is left out
        Assert.DoesNotContain("ضاعل", places["geonames-9001004"].NamesAr);   // colloquial
        Assert.Equal("", places["geonames-9001008"].Place.NameAr);          // Dhiban: no Arabic name, still imported
        Assert.Equal(Core.Facts.PlaceKind.City, places["geonames-9001009"].Place.Kind);
    }

    [Theory]
    [InlineData("--countries", "IQ,sy", 9)]
    [InlineData("--min-population", "20000", 5)]
    public void Import_Filters_LeaveOutOtherCountriesAndSmallPlaces(string option, string value, int expected)
    {
        var (exit, _) = Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames, option, value);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(expected, Imported().Count);
    }

    [Fact]
    public void Import_Twice_ReplacesRatherThanDuplicates()
    {
        Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames);
        var (exit, _) = Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(11, Imported().Count);
    }

    [Fact]
    public void Import_Zip_ReadsTheTextInside()
    {
        var zip = Path.Combine(folder, "cities_sample.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Cities, "cities_sample.txt");
        }
        var (exit, _) = Run("gazetteer", "import", zip);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("Kafr Nabudah", Imported()["geonames-9001001"].Place.Name);
    }

    [Theory]
    [InlineData("cities", 3, "9001002\tShaykh Miskin\tShaykh Miskin\t\tnorth\t36.1\tP\tPPL\tSY\t\t01\t\t\t\t24000\t\t300\tAsia/Damascus\t2024-01-15", "latitude 'north' is not a number")]
    [InlineData("cities", 2, "9001001\tKafr Nabudah\tonly four columns", "3 columns, expected 19")]
    [InlineData("names", 4, "17\tnot-an-id\tar\tالدور\t1\t\t\t\t\t", "geonameid 'not-an-id' is not a whole number")]
    public void Import_BadLine_NamesTheLineAndStoresNothing(string file, int line, string badLine, string problem)
    {
        var cities = File.ReadAllLines(Cities).ToList();
        var names = File.ReadAllLines(AlternateNames).ToList();
        (file == "cities" ? cities : names).Insert(line - 1, badLine);
        var citiesPath = Path.Combine(folder, "cities.txt");
        var namesPath = Path.Combine(folder, "names.txt");
        File.WriteAllLines(citiesPath, cities);
        File.WriteAllLines(namesPath, names);

        var (exit, output) = Run("gazetteer", "import", citiesPath, "--alternate-names", namesPath);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"line {line}: {problem}", output, StringComparison.Ordinal);
        Assert.Contains("Nothing imported", output, StringComparison.Ordinal);
        Assert.Empty(Imported());
    }

    [Theory]
    [InlineData("--countries", "IRQ")]
    [InlineData("--min-population", "-5")]
    public void Import_BadOption_IsRefused(string option, string value)
    {
        var (exit, _) = Run("gazetteer", "import", Cities, option, value);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Empty(Imported());
    }

    [Fact]
    public void Import_MissingFile_IsNotFound()
    {
        var (exit, output) = Run("gazetteer", "import", Path.Combine(folder, "nope.txt"));
        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قصفت الطائرات بلدة كفر نبودة في ريف حماة الشمالي.", "Kafr Nabudah")]
    [InlineData("وقال مسؤول إن مدينة الشيخ مسكين في درعا شهدت اشتباكات.", "Sheikh Miskin")]
    [InlineData("شنت القوات حملة في بلدة الإسحاقي جنوب سامراء.", "Al Ishaqi")]
    [InlineData("تقدمت قوات الجيش نحو بلدة داعل في ريف درعا.", "Dael")]
    public void Import_TownTheBuiltInGazetteerLacks_IsThenFoundInAnArabicSentence(string sentence, string town)
    {
        Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames);
        var metadata = new ArticleMetadata();

        var before = ArticleExtractor.CreateDefault().Extract(sentence, metadata).Places.Select(p => p.Place.Name);
        var after = ExtractorFactory.ForDatabase(new Database(DatabasePath).Initialize()).Extract(sentence, metadata).Places;

        Assert.DoesNotContain(town, before);
        var found = Assert.Single(after, p => p.Place.Name == town);
        Assert.StartsWith("geonames-", found.Place.Key, StringComparison.Ordinal);
        Assert.Equal(sentence[found.Start..found.End], found.Text);
    }

    [Theory]
    [InlineData("لعب الدور الأبرز في المفاوضات، وقاد الحراك الشعبي في الشارع.")]
    [InlineData("Hirak protesters and the Dour family met in Iraq.")]
    [InlineData("وفي العراق، لعب الدور الأبرز في الأزمة.")]
    public void Import_SmallTownNamedLikeAnEverydayWord_NeedsContext(string sentence)
    {
        Run("gazetteer", "import", Cities, "--alternate-names", AlternateNames);
        var facts = ExtractorFactory.ForDatabase(new Database(DatabasePath).Initialize()).Extract(sentence, new ArticleMetadata());
        Assert.DoesNotContain(facts.Places, p => p.Place.Key.StartsWith("geonames-", StringComparison.Ordinal));
    }
}
