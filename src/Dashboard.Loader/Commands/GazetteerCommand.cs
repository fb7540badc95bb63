using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using Dashboard.Core.Places;
using Dashboard.Core.Places.GeoNames;
using Dashboard.Data.Gazetteer;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary>
/// <c>gazetteer import &lt;cities file&gt; [--alternate-names &lt;file&gt;] [--min-population N] [--countries IQ,SY]</c>:
/// adds GeoNames places (cities500.txt, cities15000.txt, or their .zip) to the database's gazetteer, with Arabic names
/// from alternateNamesV2.txt, in one transaction: a bad line stops the import before anything is stored.
/// </summary>
public static class GazetteerCommand
{
    public static readonly Argument<FileInfo> CitiesArgument = new("cities") { Description = "The GeoNames cities dump (cities500.txt, cities15000.txt, or the .zip)." };

    public static readonly Option<FileInfo?> AlternateNamesOption = new("--alternate-names")
    {
        Description = "GeoNames alternateNamesV2.txt (or its .zip): the Arabic and English names of the places.",
    };

    public static readonly Option<long> MinPopulationOption = new("--min-population")
    {
        Description = "Leave out places with fewer people.",
        DefaultValueFactory = _ => 0,
    };

    public static readonly Option<string?> CountriesOption = new("--countries")
    {
        Description = "Only these countries: ISO alpha-2 codes separated by commas (IQ,SY,LB).",
    };

    public static Command Create(LoaderContext context)
    {
        var import = new Command("import", "Import GeoNames places into the database's gazetteer.")
        {
            CitiesArgument, AlternateNamesOption, MinPopulationOption, CountriesOption,
        };
        import.SetAction(result => Import(context, result));
        var command = new Command("gazetteer", "Manage the places extraction knows beyond the built-in gazetteer.");
        command.Subcommands.Add(import);
        return command;
    }

    private static int Import(LoaderContext context, ParseResult result)
    {
        var cities = result.GetValue(CitiesArgument)!;
        var alternateNames = result.GetValue(AlternateNamesOption);
        foreach (var file in new[] { cities, alternateNames })
        {
            if (file is { Exists: false })
            {
                context.Console.MarkupLineInterpolated($"[red]{file.FullName} does not exist.[/]");
                return ExitCodes.NotFound;
            }
        }
        var minPopulation = result.GetValue(MinPopulationOption);
        if (minPopulation < 0)
        {
            context.Console.MarkupLine("[red]--min-population must not be negative.[/]");
            return ExitCodes.InvalidInput;
        }
        if (!TryParseCountries(result.GetValue(CountriesOption), out var countries))
        {
            context.Console.MarkupLine("[red]--countries takes two-letter codes separated by commas, such as IQ,SY,LB.[/]");
            return ExitCodes.InvalidInput;
        }
        GeoNamesImportResult imported;
        try
        {
            using var citiesReader = OpenText(cities);
            using var namesReader = alternateNames is null ? null : OpenText(alternateNames);
            imported = GeoNamesImport.Run(citiesReader, namesReader, new GeoNamesImportOptions(minPopulation, countries), Gazetteer.BuiltIn);
        }
        catch (Exception e) when (e is GeoNamesFormatException or InvalidDataException)
        {
            context.Console.MarkupLineInterpolated($"[red]Nothing imported: {e.Message}[/]");
            return ExitCodes.InvalidInput;
        }
        var database = LoaderCommandLine.OpenDatabase(result);
        new ImportedPlaces(database).Save(imported.Entries);
        Report(context.Console, imported, database.Path);
        return ExitCodes.Success;
    }

    /// <summary>False when a code is malformed; no option means every country (null).</summary>
    private static bool TryParseCountries(string? value, out HashSet<string>? countries)
    {
        countries = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        var codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (codes.Count == 0 || !codes.All(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper)))
        {
            return false;
        }
        countries = codes;
        return true;
    }

    // A .zip as GeoNames ships it: the entry named like the archive, else its first .txt.
    private static TextReader OpenText(FileInfo file)
    {
        if (!file.Extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return file.OpenText();
        }
        var archive = ZipFile.OpenRead(file.FullName);
        var entry = archive.GetEntry(Path.ChangeExtension(file.Name, ".txt"))
            ?? archive.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{file.Name} holds no .txt file.");
        return new ArchiveReader(archive, entry.Open());
    }

    private static void Report(IAnsiConsole console, GeoNamesImportResult imported, string databasePath)
    {
        static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {N(imported.Entries.Count)} place(s) into {Markup.Escape(databasePath)}: {N(imported.WithArabicName)} with an Arabic name, {N(imported.Entries.Count - imported.WithArabicName)} with English names only."));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Skipped {N(imported.Skipped)}: {N(imported.SkippedKnown)} already in the built-in gazetteer, {N(imported.SkippedPopulation)} below the minimum population, {N(imported.SkippedCountry)} in other countries, {N(imported.SkippedNotPopulated)} not populated places."));
    }

    /// <summary>Reads one entry of a zip archive and closes the archive with it.</summary>
    private sealed class ArchiveReader(ZipArchive archive, Stream entry) : StreamReader(entry)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                archive.Dispose();
            }
        }
    }
}
