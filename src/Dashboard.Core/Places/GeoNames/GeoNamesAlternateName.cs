namespace Dashboard.Core.Places.GeoNames;

/// <summary>One row of alternateNamesV2.txt: a name of a place in one language, with its flags.</summary>
public sealed record GeoNamesAlternateName(long GeonameId, string Language, string Name, bool Preferred, bool Short, bool Colloquial, bool Historic);
