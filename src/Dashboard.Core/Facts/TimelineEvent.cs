namespace Dashboard.Core.Facts;

/// <summary>A dated statement: a sentence with a resolved date, and what the sentence names.</summary>
public sealed record TimelineEvent(
    int Sentence,
    string Date,
    DatePrecision Precision,
    string Label,
    IReadOnlyList<string> PlaceKeys,
    IReadOnlyList<int> FigureIndexes,
    IReadOnlyList<string> Sources);
