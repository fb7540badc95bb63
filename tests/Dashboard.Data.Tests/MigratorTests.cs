using Dapper;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
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
    public async Task Initialize_PopulatedVersionOneFile_IndexesItsStoredSentencesForSearch()
    {
        using var old = new TestDatabase(version: 1);
        long documentId;
        using (var connection = old.Database.Open())
        {
            // A document as the version-1 program stored it: rows only, no search index yet.
            documentId = connection.ExecuteScalar<long>("""
                INSERT INTO documents (content_hash, title, language, published, published_basis, text, loaded_at)
                VALUES ('v1', 'خبر', 'ar', '2016-02-10', 'metadata', @text, '2016-02-10T00:00:00Z') RETURNING id
                """, new { text = "خبر\nوالرقة معقل التنظيم في سوريا." });
            connection.Execute("""
                INSERT INTO sentences (document_id, idx, start, end, text, date_from, date_to)
                VALUES (@documentId, 0, 0, 3, 'خبر', '2016-02-10', '2016-02-10'),
                       (@documentId, 1, 4, 33, 'والرقة معقل التنظيم في سوريا.', '2016-02-10', '2016-02-10')
                """, new { documentId });
        }

        var upgraded = new Database(old.Path).Initialize();

        using (var connection = upgraded.Open())
        {
            Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(connection));
        }
        var found = await new DocumentsQuery(upgraded).ListAsync(new Filter { Text = "الرقه" });
        Assert.Equal([documentId], found.Select(d => d.Id));
    }

    [Fact]
    public void Migrations_AreNumberedWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, Migrator.Migrations.Count), Migrator.Migrations.Select(m => m.Version));
    }

    public void Dispose() => test.Dispose();
}
