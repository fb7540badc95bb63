namespace Dashboard.Core.Places.GeoNames;

/// <summary>One row of a GeoNames cities dump (cities500.txt, cities15000.txt): the columns the gazetteer uses.</summary>
public sealed record GeoNamesCity(
    long Id,
    string Name,
    string AsciiName,
    double Lat,
    double Lon,
    string FeatureClass,
    string FeatureCode,
    string Country,
    long Population);
