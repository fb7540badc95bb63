namespace Dashboard.Core.Text;

/// <summary>Shortening text for labels: whitespace folded, cut at a word, an ellipsis where something was cut.</summary>
public static class TextCut
{
    public static string Shorten(string text, int maxLength)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= maxLength)
        {
            return clean;
        }
        var cut = clean.LastIndexOf(' ', maxLength - 1);
        return string.Concat(clean.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
    }
}
