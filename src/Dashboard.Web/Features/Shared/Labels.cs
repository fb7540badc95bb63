using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Shared;

/// <summary>Display names of stored codes ("city", "money", "person") in the interface language.</summary>
public static class Labels
{
    public static string Kind(IStringLocalizer localizer, string code) => localizer["kind." + code];

    public static string Category(IStringLocalizer localizer, string code) => localizer["category." + code];

    public static string Fact(IStringLocalizer localizer, string code) => localizer["fact." + code];
}
