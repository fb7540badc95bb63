using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Localization;

/// <summary>Switching the interface language: a cookie remembers the choice, then the page reloads in it.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", (string culture, string? redirect, HttpContext context) =>
        {
            if (!UiCulture.Supported.Contains(culture))
            {
                return Results.BadRequest($"Unknown language '{culture}'.");
            }
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false });
            // Only local paths: the redirect never leaves the app.
            var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) ? redirect : "/";
            return Results.LocalRedirect(target);
        });
        return endpoints;
    }
}
