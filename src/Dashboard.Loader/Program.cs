using Dashboard.Loader;
using Spectre.Console;

var context = new LoaderContext(AnsiConsole.Console, Console.Out);
return LoaderCommandLine.Build(context).Parse(args).Invoke();
