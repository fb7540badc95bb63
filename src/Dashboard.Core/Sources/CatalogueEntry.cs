using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>One agency, outlet, organisation or person of the catalogue, under its usual English name.</summary>
public sealed record CatalogueEntry(string Id, SourceKind Kind, string Name, string NameAr);

/// <summary>
/// One written form of a catalogue entry as the trie holds it. <see cref="LatinWords"/> keeps the alias's own
/// capitalisation so "AP" or "Petra" only match when the text writes them the same way. An ambiguous name needs a
/// source context; a weak one ("البيان", "الوطن") is an ordinary word and needs more than a speech verb; an
/// ambiguous Arabic name written with ال only matches a word that has the article too.
/// </summary>
internal sealed record CatalogueName(CatalogueEntry Entry, string[]? LatinWords, bool Ambiguous)
{
    public bool Weak { get; init; }

    public bool NeedsArticle { get; init; }
}
