using Dashboard.Core.Facts;

namespace Dashboard.Core.Figures;

internal enum UnitSource
{
    /// <summary>A noun of the lexicon ("مسلح", "nations").</summary>
    Noun,

    /// <summary>A word after the number that the lexicon does not know.</summary>
    Unknown,

    Money,

    Percent,

    /// <summary>Taken from a figure nearby ("144 ألفاً" after "211 ألف برميل يومياً").</summary>
    Inherited,

    /// <summary>Nothing names it; the subject before the number or the context suggests it.</summary>
    Guessed,
}

/// <summary>What a figure measures: its unit (ISO code for money), an English gloss, its category and where that came from.</summary>
internal sealed record FigureUnit(string Unit, string Counted, FigureCategory Category, NounKind Kind, UnitSource Source)
{
    public static FigureUnit Percent { get; } = new("percent", "percentage", FigureCategory.Percent, NounKind.Thing, UnitSource.Percent);

    public static FigureUnit Money(string code) => new(code, "amount", FigureCategory.Money, NounKind.Thing, UnitSource.Money);

    public static FigureUnit Of(CountedNoun noun) => new(noun.Unit, noun.Counted, noun.Category, noun.Kind, UnitSource.Noun);

    public static FigureUnit People(string counted, UnitSource source) => new("people", counted, FigureCategory.Other, NounKind.Person, source);

    /// <summary>True when the text itself names the unit (not inherited, guessed or an unknown word).</summary>
    public bool IsNamed => Source is UnitSource.Noun or UnitSource.Money or UnitSource.Percent;
}
