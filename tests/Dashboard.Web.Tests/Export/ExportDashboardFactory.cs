using Dashboard.Tests.Shared;

namespace Dashboard.Web.Tests.Export;

/// <summary>The web app in memory over a SQLite file filled with <see cref="ExportSamples"/> (so no seeds are loaded).</summary>
public sealed class ExportDashboardFactory() : TemporaryDashboard("export")
{
    protected override void Fill(string databasePath) => ExportSamples.Fill(databasePath);
}
