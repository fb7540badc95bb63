namespace Dashboard.Core.Places.GeoNames;

/// <summary>Which GeoNames places to take: at least <see cref="MinPopulation"/> people, in <see cref="Countries"/> (all when null).</summary>
public sealed record GeoNamesImportOptions(long MinPopulation = 0, IReadOnlySet<string>? Countries = null);
