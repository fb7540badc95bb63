using Dashboard.Core.Facts;

namespace Dashboard.Core.Filtering;

/// <summary>
/// The one filter every query and chart takes. It travels in the URL, so a copied link reproduces the view.
/// Places select the documents that name any of them; dates select facts dated in the range.
/// </summary>
public sealed record Filter
{
    public static Filter Empty { get; } = new();

    /// <summary>Gazetteer keys of the places ("iq-mosul").</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Source names ("Associated Press").</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<long> Documents { get; init; } = [];

    public IReadOnlyList<FigureCategory> Categories { get; init; } = [];

    /// <summary>Free text searched in sentences (Arabic-normalised).</summary>
    public string? Text { get; init; }

    public bool IsEmpty =>
        Places.Count == 0 && From is null && To is null && Sources.Count == 0 && Documents.Count == 0
        && Categories.Count == 0 && string.IsNullOrWhiteSpace(Text);
}
