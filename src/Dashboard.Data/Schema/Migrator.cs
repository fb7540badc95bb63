using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Schema;

/// <summary>
/// Applies the numbered scripts of Migrations/ (embedded) that are newer than the file's PRAGMA user_version,
/// each in its own transaction together with its C# step, if any, and the version bump, so a crash never leaves
/// a half-migrated file.
/// </summary>
public static class Migrator
{
    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = Discover();

    // Work a script cannot do, run after the script of its version in the same transaction.
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> Steps = new()
    {
        [2] = SentenceSearchIndex.AddMissing, // the search index of 002 starts empty; the stored sentences go in
    };

    public static int LatestVersion => Migrations[^1].Version;

    public static int CurrentVersion(SqliteConnection connection) => connection.ExecuteScalar<int>("PRAGMA user_version;");

    public static void Migrate(SqliteConnection connection) => Migrate(connection, LatestVersion);

    /// <summary>Applies the migrations up to <paramref name="target"/> only: tests build files of older versions with it.</summary>
    internal static void Migrate(SqliteConnection connection, int target)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database {connection.DataSource} has schema version {current}, newer than this program knows ({LatestVersion}). Use a newer build.");
        }
        foreach (var (version, name) in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(ReadScript(name), transaction: transaction);
            if (Steps.TryGetValue(version, out var step))
            {
                step(connection, transaction);
            }
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};"), transaction: transaction);
            transaction.Commit();
        }
    }

    private static List<(int Version, string Name)> Discover() =>
        typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan("Migrations/".Length, 3), CultureInfo.InvariantCulture), Name: n))
            .OrderBy(m => m.Version)
            .ToList();

    private static string ReadScript(string name)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
