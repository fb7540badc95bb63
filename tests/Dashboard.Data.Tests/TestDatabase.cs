using Dashboard.Data.Schema;

namespace Dashboard.Data.Tests;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dashboard-data-{Guid.NewGuid():N}.db");
        Database = new Database(Path).Initialize();
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
