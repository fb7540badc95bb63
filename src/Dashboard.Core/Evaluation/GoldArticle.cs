using System.Text.Json;

namespace Dashboard.Core.Evaluation;

public sealed record GoldDate(string Text, string Value);

public sealed record GoldFigure(string Text, double Value, string? Unit, string? Per, bool Approx, string? Counted);

public sealed record GoldPlace(string Text, string Name, string? Kind);

public sealed record GoldSource(string Text, string Name, string? Kind);

/// <summary>The hand-made answer for one article (see docs/EVALUATION.md).</summary>
public sealed record GoldArticle(
    DateOnly? Published,
    IReadOnlyList<GoldDate> Dates,
    IReadOnlyList<GoldFigure> Figures,
    IReadOnlyList<GoldPlace> Places,
    IReadOnlyList<GoldSource> Sources)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static GoldArticle Parse(string json, string name)
    {
        var raw = JsonSerializer.Deserialize<RawGold>(json, Options)
            ?? throw new FormatException($"The gold file {name} is empty.");
        return new GoldArticle(
            Documents.MetadataJson.ParseDate(raw.Published, name),
            raw.Dates ?? [],
            raw.Figures ?? [],
            raw.Places ?? [],
            raw.Sources ?? []);
    }

    private sealed record RawGold(
        string? Published,
        List<GoldDate>? Dates,
        List<GoldFigure>? Figures,
        List<GoldPlace>? Places,
        List<GoldSource>? Sources);
}
