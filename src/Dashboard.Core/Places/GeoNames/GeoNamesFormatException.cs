namespace Dashboard.Core.Places.GeoNames;

/// <summary>A line of a GeoNames dump that does not have the expected shape; the message names the file and line.</summary>
public sealed class GeoNamesFormatException : FormatException
{
    public GeoNamesFormatException()
    {
    }

    public GeoNamesFormatException(string message)
        : base(message)
    {
    }

    public GeoNamesFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GeoNamesFormatException(string file, long lineNumber, string problem)
        : base($"{file} line {lineNumber}: {problem}") => LineNumber = lineNumber;

    public long LineNumber { get; }
}
