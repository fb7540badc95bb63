using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests;

/// <summary>
/// The web app in memory over a SQLite file of its own, deleted afterwards. A subclass may fill the file before the
/// app starts (then no seeds are loaded); otherwise the first start fills it with the seed articles, as for a user.
/// </summary>
public abstract class TemporaryDashboard(string name) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"dashboard-{name}-{Guid.NewGuid():N}.db");

    /// <summary>Stores what the tests need in the file, before the app opens it.</summary>
    protected virtual void Fill(string databasePath)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Fill(DatabasePath);
        builder.UseSetting("Dashboard:Database", DatabasePath);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the file open.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
        GC.SuppressFinalize(this);
    }
}
