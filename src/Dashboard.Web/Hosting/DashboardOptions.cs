namespace Dashboard.Web.Hosting;

/// <summary>The "Dashboard" section of appsettings.json.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The SQLite file; relative paths are taken from the repository root. <c>--db</c> on the command line sets it.</summary>
    public string Database { get; set; } = Data.Schema.DataPaths.DefaultDatabase;

    /// <summary>The folder of articles loaded on the first start, when the database is empty.</summary>
    public string Seeds { get; set; } = "seeds";

    public bool LoadSeedsWhenEmpty { get; set; } = true;

    /// <summary>Limits of the upload page.</summary>
    public UploadOptions Uploads { get; set; } = new();
}
