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
            return Results.LocalRedirect(IsLocalPath(redirect) ? redirect! : "/");
        });
        return endpoints;
    }

    /// <summary>
    /// A path of this app: "/" then anything but a second slash or a backslash, which browsers read as another host
    /// ("//evil", "/\evil"); no control characters. The same rule LocalRedirect enforces, checked first so a bad
    /// redirect goes home instead of failing.
    /// </summary>
    internal static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Any(char.IsControl);
}
