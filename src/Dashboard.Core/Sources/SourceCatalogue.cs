namespace Dashboard.Core.Sources;

/// <summary>Agencies, outlets, organisations and people known by their Arabic and English names.</summary>
public sealed class SourceCatalogue
{
    public static SourceCatalogue BuiltIn { get; } = new();
}
