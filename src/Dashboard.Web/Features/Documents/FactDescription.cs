using Dashboard.Data.Queries;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Features.Documents;

/// <summary>One line saying what a highlighted fact was read as, in the interface language.</summary>
public static class FactDescription
{
    public static string Describe(FactSpan fact, IStringLocalizer<SharedResource> L) => fact.Kind switch
    {
        "date" => fact.Name is null
            ? L["unresolved date"]
            : Format.Date(fact.Name) + (fact.Extra == "hijri" ? " · " + L["Hijri in the text"] : ""),
        "figure" => string.Join(" · ", new[]
        {
            Format.Figure(fact.Number ?? 0, fact.Unit ?? "", fact.Per, fact.Approx, fact.Bound ?? "exact"),
            fact.Counted,
            fact.Category is null ? null : Labels.Category(L, fact.Category),
        }.Where(part => !string.IsNullOrEmpty(part))),
        "place" => string.Join(" · ", new[]
        {
            Format.PlaceName(fact.Name ?? "", fact.Extra ?? ""),
            fact.Detail is null ? null : Labels.Kind(L, fact.Detail),
            fact.Country?.ToUpperInvariant(),
        }.Where(part => !string.IsNullOrEmpty(part))),
        _ => string.Join(" · ", new[]
        {
            fact.Name,
            fact.Detail is null ? null : Labels.Kind(L, fact.Detail),
            fact.Extra,
        }.Where(part => !string.IsNullOrEmpty(part))),
    };
}
