using Spectre.Console;

namespace Dashboard.Loader.Tests;

/// <summary>Runs the loader's command line in-process and captures what it prints.</summary>
public sealed record LoaderRun(int ExitCode, string Console, string Data)
{
    public static LoaderRun Invoke(params string[] args)
    {
        var consoleText = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(consoleText),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var data = new StringWriter();
        var exitCode = LoaderCommandLine.Build(new LoaderContext(console, data)).Parse(args).Invoke();
        return new LoaderRun(exitCode, consoleText.ToString(), data.ToString());
    }
}
