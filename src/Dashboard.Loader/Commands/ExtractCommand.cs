using System.CommandLine;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Json;
using Dashboard.Data.Loading;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary><c>extract &lt;file&gt; --json</c>: prints one article's facts in the JSON contract; touches no database.</summary>
public static class ExtractCommand
{
    public static readonly Argument<FileInfo> FileArgument = new("file") { Description = "The article (.txt, .md or .html)." };

    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print the facts as JSON (the extraction contract)." };

    public static readonly Option<string?> PublishedOption = new("--published")
    {
        Description = "The publication date (YYYY-MM-DD) that relative dates resolve against; overrides the manifest or sidecar.",
    };

    public static Command Create(LoaderContext context)
    {
        var command = new Command("extract", "Print the facts of one article, without touching any database.")
        {
            FileArgument, JsonOption, PublishedOption,
        };
        command.SetAction(result => Run(context, result));
        return command;
    }

    private static int Run(LoaderContext context, ParseResult result)
    {
        var file = result.GetValue(FileArgument)!;
        if (!file.Exists)
        {
            context.Console.MarkupLineInterpolated($"[red]{file.FullName} does not exist.[/]");
            return ExitCodes.NotFound;
        }
        ArticleMetadata metadata;
        try
        {
            metadata = ArticleLoader.MetadataFor(file.FullName);
            if (MetadataJson.ParseDate(result.GetValue(PublishedOption), "--published") is { } published)
            {
                metadata = metadata with { Published = published };
            }
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            context.Console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return ExitCodes.InvalidInput;
        }
        var decoded = TextDecoder.Decode(File.ReadAllBytes(file.FullName), file.Name);
        if (decoded.Text is null)
        {
            context.Console.MarkupLineInterpolated($"[red]{decoded.Error}[/]");
            return ExitCodes.InvalidInput;
        }
        var facts = ArticleExtractor.CreateDefault().Extract(decoded.Text, metadata);
        if (result.GetValue(JsonOption))
        {
            context.Data.WriteLine(FactsJson.Write(facts));
        }
        else
        {
            FactsTable.Write(context.Console, facts);
        }
        return ExitCodes.Success;
    }
}
