namespace Dashboard.Core.Facts;

/// <summary>The lower-case codes facts are stored and exchanged under ("day", "money", "at_least").</summary>
public static class FactCodes
{
    public static string Code(this DatePrecision value) => Lower(value);

    public static string Code(this FigureCategory value) => Lower(value);

    public static string Code(this RatePeriod value) => Lower(value);

    public static string Code(this PlaceKind value) => Lower(value);

    public static string Code(this SourceKind value) => Lower(value);

    public static string Code(this SourceRole value) => Lower(value);

    public static string Code(this Documents.PublishedBasis value) => Lower(value);

    public static string Code(this FigureBound value) => value switch
    {
        FigureBound.About => "about",
        FigureBound.AtLeast => "at_least",
        FigureBound.AtMost => "at_most",
        _ => "exact",
    };

    /// <summary>Reads a code back into its enum value ("money" → Money, "at_least" → AtLeast).</summary>
    public static TEnum Parse<TEnum>(string code) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(code.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
