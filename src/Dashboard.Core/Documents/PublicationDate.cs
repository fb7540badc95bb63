using System.Globalization;

namespace Dashboard.Core.Documents;

/// <summary>
/// A publication date as a person types it into a form: YYYY-MM-DD, with Western or Arabic-Indic digits
/// ("2016-02-10", "٢٠١٦-٠٢-١٠"). Nothing else is guessed: "10/2/2016" is ambiguous and refused.
/// </summary>
public static class PublicationDate
{
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>True for a blank text (no date given, <paramref name="date"/> is null) or a valid date; false otherwise.</summary>
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var western = string.Concat(text.Trim().Select(WesternDigit));
        if (western.Length == Pattern.Length
            && DateOnly.TryParseExact(western, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }
        return false;
    }

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    private static char WesternDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };
}
