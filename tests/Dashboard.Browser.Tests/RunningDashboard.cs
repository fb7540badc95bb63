using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dashboard.Data.Schema;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The real dashboard process (the same build the README's run command starts) on a free loopback port, over
/// a fresh SQLite file that the first start fills with the seed articles; and a headless Chromium to drive it.
/// </summary>
public class RunningDashboard : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private Process? app;
    private IPlaywright? playwright;
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"dashboard-browser-{Guid.NewGuid():N}.db");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public static string RepositoryRoot { get; } = DataPaths.RepositoryRoot ?? throw new DirectoryNotFoundException("The repository root (with Dashboard.sln) was not found.");

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot, "TestResults", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        SeedDatabase(databasePath);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        app = Process.Start(new ProcessStartInfo(WebAppPath(), ["--db", databasePath, "--urls", BaseUrl])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" },
        }) ?? throw new InvalidOperationException("The dashboard did not start.");
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        await WaitUntilServingAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A hook to fill the database file before the app starts (the app then loads no seeds); nothing by default.</summary>
    protected virtual void SeedDatabase(string databasePath)
    {
    }

    public async Task<IPage> NewPageAsync(int width = 1440, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        // Nothing may be fetched from outside the app: any such request fails the test that made it.
        await page.RouteAsync(url => !url.StartsWith(BaseUrl, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal),
            route => throw new InvalidOperationException($"The page asked for {route.Request.Url}, outside the app."));
        return page;
    }

    /// <summary>Opens a path and waits until the interactive circuit is up, so clicks reach .NET.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1440, int height = 1000)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        return page;
    }

    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.querySelector('.shell[data-interactive]') && !document.querySelector('.components-reconnect-show')");

    /// <summary>Saves a full-page screenshot once every chart on the page has been drawn.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.plotly-chart')].every(c => c.querySelector('svg.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (app is { HasExited: false })
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
        app?.Dispose();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (app!.HasExited)
            {
                throw new InvalidOperationException($"The dashboard exited with code {app.ExitCode} before serving.");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The dashboard did not answer on {BaseUrl} within 90 seconds.");
    }

    // The app built beside this test: same configuration, target framework and runtime (bin/<config>/<tfm>/<rid>/).
    private static string WebAppPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (rid, tfm, configuration) = (output.Name, output.Parent!.Name, output.Parent.Parent!.Name);
        var path = Path.Combine(RepositoryRoot, "src", "Dashboard.Web", "bin", configuration, tfm, rid, "Dashboard.Web");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the web app first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<RunningDashboard>
{
    public const string Name = "Running dashboard";
}
