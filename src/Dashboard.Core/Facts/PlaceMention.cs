namespace Dashboard.Core.Facts;

public enum PlaceKind
{
    City,
    Country,
    Region,
}

/// <summary>A place of the gazetteer: <see cref="Key"/> is its stable id, <see cref="Country"/> an ISO 3166 alpha-2 code.</summary>
public sealed record Place(string Key, string Name, string NameAr, PlaceKind Kind, string? Country, double Lat, double Lon)
{
    public long? Population { get; init; }
}

public sealed record PlaceMention(string Text, int Start, int End, int Sentence, Place Place) : IFact;
