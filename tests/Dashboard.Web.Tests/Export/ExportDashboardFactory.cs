using Dashboard.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Export;

/// <summary>The web app in memory over a SQLite file filled with <see cref="ExportSamples"/> before it starts (so no seeds are loaded).</summary>
public sealed class ExportDashboardFactory : WebApplicationFactory<Program>
{
    public ExportDashboardFactory() => ExportSamples.Fill(DatabasePath);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"dashboard-export-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dashboard:Database", DatabasePath);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
