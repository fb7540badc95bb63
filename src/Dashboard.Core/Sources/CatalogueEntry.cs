using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>One agency, outlet, organisation or person of the catalogue, under its usual English name.</summary>
public sealed record CatalogueEntry(string Id, SourceKind Kind, string Name, string NameAr);

/// <summary>
/// One written form of a catalogue entry as the trie holds it. <see cref="LatinWords"/> keeps the alias's own
/// capitalisation so "AP" or "Petra" only match when the text writes them the same way.
/// </summary>
internal sealed record CatalogueName(CatalogueEntry Entry, string[]? LatinWords, bool Ambiguous);
