namespace Dashboard.Web.Localization;

public static class LocalizationRegistration
{
    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCulture.English)
                .AddSupportedCultures(UiCulture.Supported)
                .AddSupportedUICultures(UiCulture.Supported);
            // The cookie first (the user's choice), then the browser's Accept-Language.
            options.RequestCultureProviders = options.RequestCultureProviders
                .Where(p => p is not Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider)
                .ToList();
        });
        return services;
    }
}
