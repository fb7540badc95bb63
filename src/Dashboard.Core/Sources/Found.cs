using Dashboard.Core.Facts;

namespace Dashboard.Core.Sources;

/// <summary>What kind of phrase named a source; resolution treats each differently.</summary>
internal enum Shape
{
    /// <summary>A catalogue agency, outlet, organisation or person.</summary>
    Entity,

    /// <summary>A person not in the catalogue, by the name as written.</summary>
    Person,

    /// <summary>A title with no name ("وزير الداخلية التركي"): a person known only by office.</summary>
    TitleOnly,

    Anonymous,

    /// <summary>An organisation or outlet not in the catalogue, by the name as written.</summary>
    Unlisted,

    /// <summary>A definite noun pointing back at a source already named ("وقالت الوزارة", "وأوضح المسؤول").</summary>
    Anaphor,
}

/// <summary>A source found in the text before resolution: its tokens, span and what it is.</summary>
internal sealed record Found(int First, int Last, int Start, int End, string Name, SourceKind Kind, Shape Shape)
{
    public SourceRole Role { get; init; } = SourceRole.Attribution;

    public string? Title { get; init; }

    public bool Anonymous { get; init; }

    /// <summary>The head noun (normalised, without ال) that a later anaphor or bare title can point back with.</summary>
    public string? Head { get; init; }

    /// <summary>The title's complement ("وزارة الخارجية" in "المتحدث باسم وزارة الخارجية"), for telling offices apart.</summary>
    public string? Complement { get; init; }

    /// <summary>The office a title names when it says more than its head ("وزير الخارجية"); null for a bare "الوزير".</summary>
    public string? Office { get; init; }

    /// <summary>The last token of the whole phrase (a title and its name), where a following verb is looked for.</summary>
    public int PhraseLast { get; init; } = -1;

    public int End2 => PhraseLast >= 0 ? PhraseLast : Last;
}
