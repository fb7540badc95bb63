using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>
/// A place with every name it goes by. <see cref="Ambiguous"/> marks names that are also ordinary words or
/// person names ("الباب", "Jordan"): extraction wants context before trusting them. The flag can be narrowed to
/// one script, because "Jordan" is a person's name while "الأردن" is only the country.
/// </summary>
public sealed record GazetteerEntry(Place Place, IReadOnlyList<string> NamesEn, IReadOnlyList<string> NamesAr, bool Ambiguous)
{
    /// <summary>The English names need context (by default: whenever the entry is ambiguous).</summary>
    public bool AmbiguousEn { get; init; } = Ambiguous;

    /// <summary>The Arabic names need context (by default: whenever the entry is ambiguous).</summary>
    public bool AmbiguousAr { get; init; } = Ambiguous;
}
