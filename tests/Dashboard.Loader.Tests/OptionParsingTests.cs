using Dashboard.Loader.Commands;

namespace Dashboard.Loader.Tests;

/// <summary>One parse test per option: what each command accepts and what it refuses.</summary>
public class OptionParsingTests
{
    private static System.CommandLine.ParseResult Parse(params string[] args) =>
        LoaderCommandLine.Build(new LoaderContext(Spectre.Console.AnsiConsole.Console, TextWriter.Null)).Parse(args);

    [Fact]
    public void Db_DefaultsToTheDataFolder()
    {
        Assert.Equal("data/dashboard.db", Parse("stats").GetValue(LoaderCommandLine.DatabaseOption));
    }

    [Fact]
    public void Db_IsAcceptedAfterTheCommand()
    {
        Assert.Equal("x.db", Parse("stats", "--db", "x.db").GetValue(LoaderCommandLine.DatabaseOption));
    }

    [Fact]
    public void Load_TakesSeveralPaths()
    {
        var result = Parse("load", "a.txt", "folder");
        Assert.Empty(result.Errors);
        Assert.Equal(["a.txt", "folder"], result.GetValue(LoadCommand.PathsArgument)!);
    }

    [Fact]
    public void Load_WithoutPaths_IsAnError()
    {
        Assert.NotEmpty(Parse("load").Errors);
    }

    [Fact]
    public void Extract_JsonAndPublished_AreRead()
    {
        var result = Parse("extract", "a.txt", "--json", "--published", "2016-02-10");
        Assert.Empty(result.Errors);
        Assert.True(result.GetValue(ExtractCommand.JsonOption));
        Assert.Equal("2016-02-10", result.GetValue(ExtractCommand.PublishedOption));
        Assert.Equal("a.txt", result.GetValue(ExtractCommand.FileArgument)!.Name);
    }

    [Fact]
    public void Evaluate_NeedsArticlesAndGold()
    {
        Assert.NotEmpty(Parse("evaluate", "articles").Errors);
        var result = Parse("evaluate", "articles", "gold", "--quiet");
        Assert.Empty(result.Errors);
        Assert.True(result.GetValue(EvaluateCommand.QuietOption));
    }

    [Fact]
    public void UnknownCommand_IsAnError()
    {
        Assert.NotEmpty(Parse("unload").Errors);
    }
}
