using System.Globalization;
using Dashboard.Data.Schema;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests;

/// <summary>The app's own resx strings, outside the app, for testing code that takes a localizer.</summary>
public static class TestLocalizer
{
    public static IStringLocalizer<SharedResource> Create() =>
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}

/// <summary>Sets the current (UI) culture for the length of a test and puts the previous one back.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}

public static class RepositoryFiles
{
    public static string Root { get; } = DataPaths.RepositoryRoot ?? throw new DirectoryNotFoundException("Dashboard.sln not found above the test output.");

    public static string WebRoot => Path.Combine(Root, "wwwroot");
}
