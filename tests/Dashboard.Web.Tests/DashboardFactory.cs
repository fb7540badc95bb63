namespace Dashboard.Web.Tests;

/// <summary>The web app in memory over its own SQLite file, which the first start fills with the seed articles.</summary>
public sealed class DashboardFactory() : TemporaryDashboard("web");
