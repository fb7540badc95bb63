using Dashboard.Core.Facts;

namespace Dashboard.Core.Places;

/// <summary>
/// A place with every name it goes by. <see cref="Ambiguous"/> marks names that are also ordinary words or
/// person names ("الباب", "Jordan"): extraction wants context before trusting them.
/// </summary>
public sealed record GazetteerEntry(Place Place, IReadOnlyList<string> NamesEn, IReadOnlyList<string> NamesAr, bool Ambiguous);
