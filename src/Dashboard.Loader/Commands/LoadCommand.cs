using System.CommandLine;
using Dashboard.Data.Loading;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary><c>load &lt;folder or files&gt;</c>: extracts and stores articles, skipping those already stored.</summary>
public static class LoadCommand
{
    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "Article files (.txt, .md, .html) or folders holding them. Metadata comes from a folder's manifest.json or a NAME.json sidecar.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create(LoaderContext context)
    {
        var command = new Command("load", "Load articles into the database (idempotent: stored documents are skipped).") { PathsArgument };
        command.SetAction(result => Run(context, result));
        return command;
    }

    private static int Run(LoaderContext context, ParseResult result)
    {
        var files = ArticleLoader.FindArticles(result.GetValue(PathsArgument)!);
        if (files.Count == 0)
        {
            context.Console.MarkupLine("[red]No article files found[/] (looked for .txt, .md, .html).");
            return ExitCodes.NotFound;
        }
        var database = LoaderCommandLine.OpenDatabase(result);
        var loader = Services.CreateLoader(database);
        var results = new List<LoadResult>();
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"Loading {files.Count} file(s)", maxValue: files.Count);
                foreach (var file in files)
                {
                    results.Add(loader.LoadFile(file));
                    task.Increment(1);
                }
            });
        LoadSummary.Write(context.Console, results, database.Path);
        return results.Any(r => r.Status == LoadStatus.Failed) ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
