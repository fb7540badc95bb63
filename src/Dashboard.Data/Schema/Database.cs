using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Schema;

/// <summary>One SQLite file. Hands out short-lived connections with foreign keys on; WAL is set once by the migrator.</summary>
public sealed class Database
{
    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    // In WAL mode NORMAL keeps the file consistent after a crash and only skips the fsync on each commit
    // (the last commits may be lost on power failure); with one transaction per document it makes loading fast.
    private const string ConnectionPragmas = "PRAGMA synchronous = NORMAL;";

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute(ConnectionPragmas);
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmas, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Creates the folder and file when missing and brings the schema to the newest version.</summary>
    public Database Initialize()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        Migrator.Migrate(connection);
        return this;
    }
}
