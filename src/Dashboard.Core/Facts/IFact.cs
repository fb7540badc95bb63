namespace Dashboard.Core.Facts;

/// <summary>Every extracted fact keeps where it came from: its surface text, character span and sentence.</summary>
public interface IFact
{
    string Text { get; }

    int Start { get; }

    int End { get; }

    int Sentence { get; }
}
