using Dashboard.Data.Schema;

namespace Dashboard.Data.Tests;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    /// <param name="version">Migrate only this far, to build a file as an older program left it; null for the latest.</param>
    public TestDatabase(int? version = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dashboard-data-{Guid.NewGuid():N}.db");
        if (version is { } target)
        {
            Database = new Database(Path);
            using var connection = Database.Open();
            Migrator.Migrate(connection, target);
        }
        else
        {
            Database = new Database(Path).Initialize();
        }
    }

    public string Path { get; }

    public Database Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
