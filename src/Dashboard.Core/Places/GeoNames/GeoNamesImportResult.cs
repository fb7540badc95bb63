namespace Dashboard.Core.Places.GeoNames;

/// <summary>The gazetteer entries made from a GeoNames dump, and how many rows were left out and why.</summary>
public sealed record GeoNamesImportResult(
    IReadOnlyList<GazetteerEntry> Entries,
    int WithArabicName,
    int SkippedNotPopulated,
    int SkippedCountry,
    int SkippedPopulation,
    int SkippedKnown)
{
    public int Skipped => SkippedNotPopulated + SkippedCountry + SkippedPopulation + SkippedKnown;
}
