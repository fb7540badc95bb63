namespace Dashboard.Web.Charts;

/// <summary>
/// Text for plotly. Plotly draws a subset of HTML (links, bold, styled spans, line breaks) in labels, hover boxes and
/// legends, and article text (titles, outlets, names, counted phrases) is untrusted: it goes in shortened first, then
/// escaped, so no entity is ever cut in half. Line breaks are added only between escaped lines.
/// </summary>
public static class PlotlyText
{
    /// <summary>The text escaped for plotly, cut at a word to at most <paramref name="maxLength"/> characters.</summary>
    public static string Plain(string? text, int maxLength = 200) => Escape(Shorten(text ?? "", maxLength));

    /// <summary>Lines of a hover box, each escaped, joined by line breaks; empty lines are left out.</summary>
    public static string Lines(params string?[] lines) =>
        string.Join("<br>", lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => Plain(l)));

    /// <summary>A long sentence as escaped lines of about <paramref name="width"/> characters, for a hover box.</summary>
    public static string Wrapped(string text, int width = 60, int maxLength = 240)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in Shorten(text, maxLength).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }
        lines.Add(line.ToString());
        return string.Join("<br>", lines.Select(Escape));
    }

    public static string Shorten(string text, int maxLength) => Core.Text.TextCut.Shorten(text, maxLength);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
