using System.Globalization;
using Dashboard.Data.Loading;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary>The table printed after a load: what was loaded, skipped and failed (with why), and facts by kind.</summary>
public static class LoadSummary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<LoadResult> results, string databasePath)
    {
        var table = new Table().Title($"Loaded into {Markup.Escape(databasePath)}")
            .AddColumns("File", "Result", "Dates", "Figures", "Places", "Sources", "Events");
        foreach (var result in results)
        {
            var outcome = result.Status == LoadStatus.Loaded ? result.Outcome : null;
            table.AddRow(
                Markup.Escape(result.Name),
                result.Status switch
                {
                    LoadStatus.Loaded => "[green]loaded[/]",
                    LoadStatus.Duplicate => "[grey]skipped: already stored[/]",
                    _ => $"[red]failed:[/] {Markup.Escape(result.Error ?? "unknown error")}",
                },
                Count(outcome?.Dates), Count(outcome?.Figures), Count(outcome?.Places), Count(outcome?.Sources), Count(outcome?.Events));
        }
        console.Write(table);
        var loaded = results.Count(r => r.Status == LoadStatus.Loaded);
        var skipped = results.Count(r => r.Status == LoadStatus.Duplicate);
        var failed = results.Count(r => r.Status == LoadStatus.Failed);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{loaded} loaded, {skipped} skipped, {failed} failed."));
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
