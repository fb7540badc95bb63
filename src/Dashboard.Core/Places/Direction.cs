namespace Dashboard.Core.Places;

/// <summary>A compass part of a place: "شمال سوريا", "northern Iraq", "جنوب شرقي تركيا".</summary>
internal enum Direction
{
    North,
    South,
    East,
    West,
    NorthEast,
    NorthWest,
    SouthEast,
    SouthWest,
    Central,
}
