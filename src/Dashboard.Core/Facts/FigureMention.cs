namespace Dashboard.Core.Facts;

public enum FigureCategory
{
    Money,
    Casualties,
    Displaced,
    Military,
    Countries,
    Percent,
    Other,
}

public enum RatePeriod
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>How a hedged figure relates to its value: "about 1,500", "more than 24", "at most 3".</summary>
public enum FigureBound
{
    Exact,
    About,
    AtLeast,
    AtMost,
}

/// <summary>
/// A number with what it counts: <see cref="Unit"/> is an ISO 4217 code for money, otherwise a plain English
/// noun ("people", "countries", "percent"); <see cref="Per"/> makes it a rate.
/// </summary>
public sealed record FigureMention(
    string Text,
    int Start,
    int End,
    int Sentence,
    double Value,
    string Unit,
    RatePeriod? Per,
    bool Approx,
    string Counted,
    FigureCategory Category) : IFact
{
    public FigureBound Bound { get; init; } = FigureBound.Exact;

    /// <summary>The name of the source the figure is attributed to in its sentence, if any.</summary>
    public string? Source { get; init; }

    public bool IsMoney => Category == FigureCategory.Money;
}
