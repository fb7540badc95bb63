namespace Dashboard.Data.Schema;

/// <summary>
/// Where relative paths such as the default "data/dashboard.db" and "seeds" live: the repository root (the folder
/// holding Dashboard.sln, found upwards from the working folder or the program's folder), else the working folder.
/// The web app and the loader therefore share one database whichever folder they are started from.
/// </summary>
public static class DataPaths
{
    public const string DefaultDatabase = "data/dashboard.db";

    public static string? RepositoryRoot { get; } = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);

    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(RepositoryRoot ?? Directory.GetCurrentDirectory(), path));

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
