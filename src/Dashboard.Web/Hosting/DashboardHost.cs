using Dashboard.Data.Schema;

namespace Dashboard.Web.Hosting;

/// <summary>Creates the web host with the repository-root wwwroot as its web root (see PLATFORM.md, static files).</summary>
public static class DashboardHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = FindWebRoot(),
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--db"] = "Dashboard:Database" });
        // Package assets (_content/Radzen.Blazor) answer 500 from the build output outside Development without this.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    private static string FindWebRoot()
    {
        var root = DataPaths.RepositoryRoot;
        return root is not null && Directory.Exists(Path.Combine(root, "wwwroot"))
            ? Path.Combine(root, "wwwroot")
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
