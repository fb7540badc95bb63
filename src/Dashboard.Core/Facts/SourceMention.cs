namespace Dashboard.Core.Facts;

public enum SourceKind
{
    Outlet,
    Agency,
    Organization,
    Person,
}

/// <summary>How the text points at a source: a credit line, or a statement attributed to it.</summary>
public enum SourceRole
{
    Credit,
    Attribution,
}

/// <summary>Who information comes from; <see cref="Name"/> is the usual English name when known.</summary>
public sealed record SourceMention(string Text, int Start, int End, int Sentence, string Name, SourceKind Kind) : IFact
{
    public SourceRole Role { get; init; } = SourceRole.Attribution;

    /// <summary>The speaker's title when the text gives it ("Pentagon spokesman").</summary>
    public string? Title { get; init; }

    /// <summary>True for unnamed sources ("a military official").</summary>
    public bool Anonymous { get; init; }
}
