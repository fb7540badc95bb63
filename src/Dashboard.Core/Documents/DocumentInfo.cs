namespace Dashboard.Core.Documents;

/// <summary>How the publication date of a document is known.</summary>
public enum PublishedBasis
{
    Unknown,
    Metadata,
    Inferred,
}

/// <summary>What is known about an article besides its text: from a manifest, a sidecar or an upload form.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public DateOnly? Published { get; init; }

    public static ArticleMetadata None { get; } = new();
}

/// <summary>A document as extraction sees it, with its publication date resolved (or not).</summary>
public sealed record DocumentInfo(
    string Title,
    string Language,
    DateOnly? Published,
    PublishedBasis PublishedBasis,
    string? Outlet,
    string? Url);
