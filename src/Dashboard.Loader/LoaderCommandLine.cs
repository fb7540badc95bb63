using System.CommandLine;
using Dashboard.Data.Schema;
using Dashboard.Loader.Commands;

namespace Dashboard.Loader;

/// <summary>The loader's commands: load, extract, stats, evaluate, gazetteer import.</summary>
public static class LoaderCommandLine
{
    public static Option<string> DatabaseOption { get; } = new("--db")
    {
        Description = "The SQLite file to use (relative paths are taken from the repository root).",
        DefaultValueFactory = _ => DataPaths.DefaultDatabase,
        Recursive = true,
    };

    public static RootCommand Build(LoaderContext context)
    {
        var root = new RootCommand("Loads news articles into the dashboard's SQLite database and extracts their facts.")
        {
            Options = { DatabaseOption },
        };
        root.Subcommands.Add(LoadCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(GazetteerCommand.Create(context));
        return root;
    }

    public static Database OpenDatabase(ParseResult result) =>
        new Database(DataPaths.Resolve(result.GetValue(DatabaseOption)!)).Initialize();
}
