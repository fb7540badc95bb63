using Dapper;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Tests;

public sealed class MigratorTests : IDisposable
{
    private readonly TestDatabase test = new();

    [Fact]
    public void Initialize_NewFile_IsAtTheLatestVersionInWalModeWithForeignKeys()
    {
        using var connection = test.Database.Open();
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(connection));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys;"));
    }

    [Fact]
    public void Initialize_Twice_ChangesNothing()
    {
        new Database(test.Path).Initialize();
        using var connection = test.Database.Open();
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(connection));
    }

    [Fact]
    public void Initialize_FileFromANewerProgram_IsRefusedWithAClearMessage()
    {
        using (var connection = test.Database.Open())
        {
            connection.Execute("PRAGMA user_version = 999;");
        }
        var error = Assert.Throws<InvalidOperationException>(() => new Database(test.Path).Initialize());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_AreNumberedWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, Migrator.Migrations.Count), Migrator.Migrations.Select(m => m.Version));
    }

    public void Dispose() => test.Dispose();
}
