using Dashboard.Core.Extraction;
using Dashboard.Data.Loading;
using Dashboard.Data.Schema;
using Dashboard.Data.Storing;
using Dashboard.Web.Components;
using Dashboard.Web.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Radzen;

namespace Dashboard.Web.Hosting;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddSingleton(sp =>
            new Database(DataPaths.Resolve(sp.GetRequiredService<IOptions<DashboardOptions>>().Value.Database)).Initialize());
        builder.Services.AddSingleton<ArticleExtractor>(sp => ExtractorFactory.ForDatabase(sp.GetRequiredService<Database>()));
        // The places the extractor knows, for views that name countries (the filter bar's headings).
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ArticleExtractor>().Gazetteer);
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<ArticleLoader>();
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddSingleton<DataVersion>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<DashboardOptions>>().Value.Uploads.ToLimits());
        builder.Services.AddSingleton<ArticleUpload>();
        // Uploaded files stream through the circuit in messages of this size (see UploadOptions).
        builder.Services.AddOptions<HubOptions>().Configure<IOptions<DashboardOptions>>(
            (hub, dashboard) => hub.MaximumReceiveMessageSize = dashboard.Value.Uploads.MessageBytes);
        builder.Services.AddDashboardQueries();
        builder.Services.AddDashboardLocalization();
        // Arabic text is written as characters, not numeric entities; markup characters are still escaped.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        // Upload settings that cannot work stop the start, rather than the first upload.
        app.Services.GetRequiredService<UploadLimits>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapCultureSwitch();
        Features.Export.ExportEndpoints.MapExports(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static WebApplication LoadSeedsWhenEmpty(this WebApplication app)
    {
        app.Services.GetRequiredService<SeedLoader>().LoadWhenEmpty();
        return app;
    }
}
