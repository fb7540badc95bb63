namespace Dashboard.Core.Evaluation;

/// <summary>Counts of one kind of fact: found and right, found but wrong, missed.</summary>
public readonly record struct Scores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Scores operator +(Scores a, Scores b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

public enum FactKind
{
    Dates,
    Figures,
    Places,
    Sources,
}

/// <summary>One fact that did not match: a miss (in gold, not extracted) or a false alarm (extracted, not in gold).</summary>
public sealed record Mismatch(FactKind Kind, bool Missed, string Text, string Value);

public sealed record ArticleScore(string Name, IReadOnlyDictionary<FactKind, Scores> ByKind, IReadOnlyList<Mismatch> Mismatches);

public sealed record EvaluationReport(IReadOnlyList<ArticleScore> Articles)
{
    public Scores Total(FactKind kind) => Articles.Aggregate(default(Scores), (sum, a) => sum + a.ByKind[kind]);

    public Scores Overall => Enum.GetValues<FactKind>().Aggregate(default(Scores), (sum, k) => sum + Total(k));
}
