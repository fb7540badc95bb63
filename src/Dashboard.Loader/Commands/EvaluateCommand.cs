using System.CommandLine;
using System.Globalization;
using Dashboard.Core.Evaluation;
using Dashboard.Core.Extraction;
using Dashboard.Loader.Evaluation;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary>
/// <c>evaluate &lt;articles&gt; &lt;gold&gt;</c>: extraction scored against hand-made gold (docs/EVALUATION.md):
/// precision, recall and F1 per kind and overall, then each article's misses and false alarms.
/// </summary>
public static class EvaluateCommand
{
    public static readonly Argument<DirectoryInfo> ArticlesArgument = new("articles") { Description = "The folder of articles." };

    public static readonly Argument<DirectoryInfo> GoldArgument = new("gold") { Description = "The folder of gold files (NAME.json for NAME.txt)." };

    public static readonly Option<bool> QuietOption = new("--quiet") { Description = "Print only the scores, not each article's misses and false alarms." };

    public static Command Create(LoaderContext context)
    {
        var command = new Command("evaluate", "Score extraction against gold annotations.") { ArticlesArgument, GoldArgument, QuietOption };
        command.SetAction(result => Run(context, result));
        return command;
    }

    private static int Run(LoaderContext context, ParseResult result)
    {
        var articles = result.GetValue(ArticlesArgument)!;
        var gold = result.GetValue(GoldArgument)!;
        if (!articles.Exists || !gold.Exists)
        {
            context.Console.MarkupLineInterpolated($"[red]{(articles.Exists ? gold : articles).FullName} does not exist.[/]");
            return ExitCodes.NotFound;
        }
        var corpus = GoldCorpus.Read(articles.FullName, gold.FullName);
        foreach (var missing in corpus.WithoutGold)
        {
            context.Console.MarkupLineInterpolated($"[yellow]No gold for {missing}; skipped.[/]");
        }
        if (corpus.Items.Count == 0)
        {
            context.Console.MarkupLine("[red]No article has a gold file.[/]");
            return ExitCodes.NotFound;
        }
        var report = corpus.Evaluate(new Evaluator(ArticleExtractor.CreateDefault()));
        if (!result.GetValue(QuietOption))
        {
            WriteMismatches(context.Console, report);
        }
        WriteScores(context.Console, report);
        return ExitCodes.Success;
    }

    private static void WriteScores(IAnsiConsole console, EvaluationReport report)
    {
        var table = new Table().Title($"{report.Articles.Count} article(s)").AddColumns("Kind", "Precision", "Recall", "F1", "Right", "False alarms", "Missed");
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            AddRow(table, kind.ToString().ToLowerInvariant(), report.Total(kind));
        }
        AddRow(table, "overall", report.Overall);
        console.Write(table);
    }

    private static void AddRow(Table table, string name, Scores scores) =>
        table.AddRow(name, Format(scores.Precision), Format(scores.Recall), Format(scores.F1),
            Count(scores.TruePositives), Count(scores.FalsePositives), Count(scores.FalseNegatives));

    private static void WriteMismatches(IAnsiConsole console, EvaluationReport report)
    {
        foreach (var article in report.Articles.Where(a => a.Mismatches.Count > 0))
        {
            console.MarkupLineInterpolated($"[bold]{article.Name}[/]");
            foreach (var m in article.Mismatches.OrderBy(m => m.Kind).ThenBy(m => m.Missed))
            {
                console.MarkupLineInterpolated($"  {(m.Missed ? "missed     " : "false alarm")} {m.Kind.ToString().ToLowerInvariant(),-7} {m.Text} → {m.Value}");
            }
        }
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
