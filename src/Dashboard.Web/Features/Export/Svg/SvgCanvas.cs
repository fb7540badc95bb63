using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Dashboard.Core.Text;

namespace Dashboard.Web.Features.Export.Svg;

/// <summary>Where a line of text sits against its x: its left edge, its middle or its right edge, whatever its direction.</summary>
public enum TextAlign
{
    Left,
    Middle,
    Right,
}

/// <summary>A rectangle in SVG user units.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}

/// <summary>
/// An SVG document built as XML elements, so every piece of text (untrusted article text included) is escaped by the
/// XML writer and never parsed as markup. Text that is mostly Arabic gets direction="rtl"; its anchor is chosen so that
/// "align right" means the right edge in either direction.
/// </summary>
public sealed class SvgCanvas
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public const double Width = 1600;
    public const double Height = 900;
    public const string Ink = "#1f1f1f";
    public const string Muted = "#545454";
    public const string Grid = "#e0e0e0";
    public const string Axis = "#757575";

    private readonly XElement style;

    public SvgCanvas(string title, string language)
    {
        style = new XElement(Ns + "style", "text { white-space: pre; }");
        Root = new XElement(Ns + "svg",
            new XAttribute("width", Num(Width)),
            new XAttribute("height", Num(Height)),
            new XAttribute("viewBox", $"0 0 {Num(Width)} {Num(Height)}"),
            new XAttribute("font-family", Shared.ChartColors.FontFamily),
            new XAttribute(XNamespace.Xml + "lang", language),
            new XAttribute("role", "img"),
            new XElement(Ns + "title", Clean(title)),
            Defs = new XElement(Ns + "defs", style),
            new XElement(Ns + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")));
    }

    public XElement Root { get; }

    public XElement Defs { get; }

    /// <summary>Adds CSS (e.g. the embedded fonts) to the document's style sheet.</summary>
    public void AddStyle(string css) => style.Add(new XCData(css));

    public XElement Add(XElement element)
    {
        Root.Add(element);
        return element;
    }

    /// <summary>A group, optionally clipped to a rectangle.</summary>
    public XElement Group(string? cssClass = null, Box? clip = null)
    {
        var group = new XElement(Ns + "g");
        if (cssClass is not null)
        {
            group.SetAttributeValue("class", cssClass);
        }
        if (clip is { } box)
        {
            var id = "clip" + Defs.Elements(Ns + "clipPath").Count().ToString(CultureInfo.InvariantCulture);
            Defs.Add(new XElement(Ns + "clipPath", new XAttribute("id", id), Rect(box.X, box.Y, box.Width, box.Height, "#000000")));
            group.SetAttributeValue("clip-path", $"url(#{id})");
        }
        return group;
    }

    /// <summary>A line of text; <paramref name="maxWidth"/> cuts it with an ellipsis where it would not fit (by an estimate of its width).</summary>
    public static XElement Text(double x, double y, string text, double size, TextAlign align = TextAlign.Left, string fill = Ink,
        bool bold = false, double? maxWidth = null, string? cssClass = null)
    {
        var content = Clean(text);
        if (maxWidth is { } max)
        {
            content = Fit(content, size, max);
        }
        var rtl = TextNormalizer.IsMostlyArabic(content);
        // SVG anchors at the start or end of the text in its own direction: for right-to-left text, "start" is the right edge.
        var anchor = (align, rtl) switch
        {
            (TextAlign.Middle, _) => "middle",
            (TextAlign.Left, false) or (TextAlign.Right, true) => "start",
            _ => "end",
        };
        var element = new XElement(Ns + "text",
            new XAttribute("x", Num(x)),
            new XAttribute("y", Num(y)),
            new XAttribute("font-size", Num(size)),
            new XAttribute("fill", fill),
            new XAttribute("text-anchor", anchor),
            content);
        if (rtl)
        {
            element.SetAttributeValue("direction", "rtl");
            element.SetAttributeValue("unicode-bidi", "embed");
        }
        if (bold)
        {
            element.SetAttributeValue("font-weight", "700");
        }
        if (cssClass is not null)
        {
            element.SetAttributeValue("class", cssClass);
        }
        return element;
    }

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null, double rx = 0)
    {
        var rect = new XElement(Ns + "rect",
            new XAttribute("x", Num(x)), new XAttribute("y", Num(y)),
            new XAttribute("width", Num(Math.Max(0, width))), new XAttribute("height", Num(Math.Max(0, height))),
            new XAttribute("fill", fill));
        if (stroke is not null)
        {
            rect.SetAttributeValue("stroke", stroke);
        }
        if (rx > 0)
        {
            rect.SetAttributeValue("rx", Num(rx));
        }
        return rect;
    }

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        new(Ns + "line",
            new XAttribute("x1", Num(x1)), new XAttribute("y1", Num(y1)), new XAttribute("x2", Num(x2)), new XAttribute("y2", Num(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", Num(width)));

    public static XElement Circle(double cx, double cy, double r, string fill, string stroke = "#ffffff", double strokeWidth = 1.5, double opacity = 1)
    {
        var circle = new XElement(Ns + "circle",
            new XAttribute("cx", Num(cx)), new XAttribute("cy", Num(cy)), new XAttribute("r", Num(r)),
            new XAttribute("fill", fill), new XAttribute("stroke", stroke), new XAttribute("stroke-width", Num(strokeWidth)));
        if (opacity < 1)
        {
            circle.SetAttributeValue("fill-opacity", Num(opacity));
        }
        return circle;
    }

    public static XElement Path(string data, string fill, string? stroke = null, double strokeWidth = 1)
    {
        var path = new XElement(Ns + "path", new XAttribute("d", data), new XAttribute("fill", fill));
        if (stroke is not null)
        {
            path.SetAttributeValue("stroke", stroke);
            path.SetAttributeValue("stroke-width", Num(strokeWidth));
            path.SetAttributeValue("stroke-linejoin", "round");
        }
        return path;
    }

    /// <summary>The document as UTF-8 bytes with an XML declaration and no byte order mark.</summary>
    public byte[] ToBytes()
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Root);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    public override string ToString() => Encoding.UTF8.GetString(ToBytes());

    /// <summary>A number for an SVG attribute: invariant, at most two decimals.</summary>
    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Drops what XML cannot hold (control characters, lone surrogates); everything else is escaped on writing.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
            }
        }
        return builder.ToString();
    }

    /// <summary>An estimate of the width of a line of text (no font metrics on the server): good enough to keep labels inside.</summary>
    public static double EstimateWidth(string text, double size)
    {
        double units = 0;
        foreach (var c in text)
        {
            units += c switch
            {
                ' ' => 0.28,
                >= '\u0600' and <= '\u06FF' => 0.5,
                >= 'A' and <= 'Z' => 0.66,
                >= '0' and <= '9' => 0.58,
                'i' or 'l' or 'j' or 't' or 'f' or 'r' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.3,
                'm' or 'w' or 'M' or 'W' => 0.85,
                _ => 0.55,
            };
        }
        return units * size;
    }

    /// <summary>The text, cut with an ellipsis so that its estimated width stays under <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double size, double maxWidth)
    {
        if (EstimateWidth(text, size) <= maxWidth)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1 && EstimateWidth(text[..length] + "…", size) > maxWidth)
        {
            length--;
        }
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }
        return text[..length].TrimEnd() + "…";
    }
}
