using System.Globalization;
using Dashboard.Core.Facts;
using Spectre.Console;

namespace Dashboard.Loader.Commands;

/// <summary>An article's facts as tables for a person at a terminal.</summary>
public static class FactsTable
{
    public static void Write(IAnsiConsole console, ArticleFacts facts)
    {
        var document = facts.Document;
        console.MarkupLineInterpolated($"[bold]{document.Title}[/] ({document.Language}, published {document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}, {document.PublishedBasis.Code()})");
        Write(console, "Dates", facts.Dates, d => [d.Text, d.Value ?? "unresolved", d.Precision.Code()]);
        Write(console, "Figures", facts.Figures, f => [f.Text, f.Value.ToString("G", CultureInfo.InvariantCulture), f.Unit + (f.Per is { } per ? "/" + per.Code() : ""), f.Counted, f.Category.Code()]);
        Write(console, "Places", facts.Places, p => [p.Text, p.Place.Name, p.Place.Kind.Code(), p.Place.Country ?? ""]);
        Write(console, "Sources", facts.Sources, s => [s.Text, s.Name, s.Kind.Code(), s.Title ?? ""]);
    }

    private static void Write<T>(IAnsiConsole console, string title, IReadOnlyList<T> rows, Func<T, string[]> cells)
    {
        if (rows.Count == 0)
        {
            console.MarkupLineInterpolated($"{title}: none");
            return;
        }
        var table = new Table().Title(title);
        var width = cells(rows[0]).Length;
        for (var i = 0; i < width; i++)
        {
            table.AddColumn(i == 0 ? "Text" : string.Empty);
        }
        foreach (var row in rows)
        {
            table.AddRow(cells(row).Select(Markup.Escape).ToArray());
        }
        console.Write(table);
    }
}
