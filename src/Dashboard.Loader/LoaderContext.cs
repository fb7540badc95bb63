using Spectre.Console;

namespace Dashboard.Loader;

/// <summary>Where commands write: a console for people (tables, progress) and a plain writer for data (JSON).</summary>
public sealed record LoaderContext(IAnsiConsole Console, TextWriter Data);
