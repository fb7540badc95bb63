using System.Net;
using System.Text;

namespace Dashboard.Core.Documents;

/// <summary>
/// The visible text of an HTML page: scripts, styles and comments dropped, block elements turned into line
/// breaks, entities decoded. A single forward scan; no regular expressions that could backtrack.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "svg" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "header", "footer",
        "figcaption", "blockquote", "title", "table", "ul", "ol", "hr",
    };

    public static string VisibleText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0)
                {
                    next = html.Length;
                }
                text.Append(html, i, next - i);
                i = next;
                continue;
            }
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }
            var name = TagName(html.AsSpan(i + 1, end - i - 1), out var closing);
            i = end + 1;
            if (!closing && Hidden.Contains(name))
            {
                var closeTag = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var closeEnd = closeTag < 0 ? -1 : html.IndexOf('>', closeTag);
                i = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }
            if (Blocks.Contains(name))
            {
                text.Append('\n');
            }
        }
        return Tidy(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(ReadOnlySpan<char> inside, out bool closing)
    {
        closing = inside.StartsWith("/");
        var rest = closing ? inside[1..] : inside;
        var length = 0;
        while (length < rest.Length && (char.IsLetterOrDigit(rest[length]) || rest[length] == '-'))
        {
            length++;
        }
        return rest[..length].ToString();
    }

    // Collapse runs of spaces inside lines; every block becomes a paragraph of its own.
    private static string Tidy(string text) =>
        string.Join("\n\n", text.Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0));
}
