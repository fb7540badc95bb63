using System.Globalization;

namespace Dashboard.Web.Features.Shared;

/// <summary>Every deep link of the app is built here, e.g. "a figure → its sentence in its article".</summary>
public static class DashboardUrls
{
    public static string Reader(long documentId, long? sentence = null) =>
        sentence is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"documents/{documentId}?sentence={s}#s{s}")
            : string.Create(CultureInfo.InvariantCulture, $"documents/{documentId}");
}
