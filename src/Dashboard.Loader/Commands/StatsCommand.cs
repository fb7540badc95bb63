using System.CommandLine;
using System.Globalization;
using Dashboard.Data.Queries;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary><c>stats</c>: what the database holds.</summary>
public static class StatsCommand
{
    public static Command Create(LoaderContext context)
    {
        var command = new Command("stats", "Show what the database holds.");
        command.SetAction(result =>
        {
            var database = LoaderCommandLine.OpenDatabase(result);
            var stats = new StatsQuery(database).Get();
            var table = new Table().Title(Markup.Escape(database.Path)).AddColumns("What", "Count");
            foreach (var (name, value) in stats.Rows())
            {
                table.AddRow(name, Markup.Escape(value));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
