using Dashboard.Core.Evaluation;
using Dashboard.Core.Extraction;
using Dashboard.Data.Schema;
using Dashboard.Loader.Evaluation;

namespace Dashboard.Loader.Tests.Evaluation;

/// <summary>
/// Runs the evaluator over the whole corpus (tests/corpus) and holds each kind of fact to a floor just under the F1
/// it reaches today, so extraction quality never drops silently. Raise a floor when extraction gets better; never
/// lower one to make a change pass. The held-out part is only ever scored here, never used to tune.
/// </summary>
public sealed class ExtractionQualityTests
{
    private static readonly Evaluator Evaluator = new(ArticleExtractor.CreateDefault());

    private static readonly Dictionary<string, EvaluationReport> Reports = new(StringComparer.Ordinal);

    private static EvaluationReport Report(string corpus)
    {
        lock (Reports)
        {
            if (!Reports.TryGetValue(corpus, out var report))
            {
                var root = DataPaths.RepositoryRoot ?? throw new DirectoryNotFoundException("Dashboard.sln not found above the test output.");
                var (articles, gold) = corpus == "seeds"
                    ? (Path.Combine(root, "seeds"), Path.Combine(root, "tests", "corpus", "seeds-gold"))
                    : (Path.Combine(root, "tests", "corpus", corpus, "articles"), Path.Combine(root, "tests", "corpus", corpus, "gold"));
                var read = GoldCorpus.Read(articles, gold);
                Assert.Empty(read.WithoutGold);
                report = Reports[corpus] = read.Evaluate(Evaluator);
            }
            return report;
        }
    }

    [Theory]
    [InlineData("seeds", FactKind.Dates, 0.99)]
    [InlineData("seeds", FactKind.Figures, 0.99)]
    [InlineData("seeds", FactKind.Places, 0.99)]
    [InlineData("seeds", FactKind.Sources, 0.99)]
    [InlineData("dev", FactKind.Dates, 0.99)]
    [InlineData("dev", FactKind.Figures, 0.99)]
    [InlineData("dev", FactKind.Places, 0.985)]
    [InlineData("dev", FactKind.Sources, 0.98)]
    [InlineData("dev2", FactKind.Dates, 0.99)]
    [InlineData("dev2", FactKind.Figures, 0.99)]
    [InlineData("dev2", FactKind.Places, 0.985)]
    [InlineData("dev2", FactKind.Sources, 0.97)]
    [InlineData("heldout", FactKind.Dates, 0.96)]
    [InlineData("heldout", FactKind.Figures, 0.97)]
    [InlineData("heldout", FactKind.Places, 0.93)]
    [InlineData("heldout", FactKind.Sources, 0.89)]
    [InlineData("heldout2", FactKind.Dates, 0.95)]
    [InlineData("heldout2", FactKind.Figures, 0.97)]
    [InlineData("heldout2", FactKind.Places, 0.92)]
    [InlineData("heldout2", FactKind.Sources, 0.88)]
    public void Evaluate_Corpus_StaysAboveItsFloor(string corpus, FactKind kind, double floor)
    {
        var scores = Report(corpus).Total(kind);
        Assert.True(scores.F1 >= floor, $"{corpus} {kind}: F1 {scores.F1:0.000} (P {scores.Precision:0.000}, R {scores.Recall:0.000}) fell below {floor:0.00}.");
    }

    [Fact]
    public void Evaluate_Seeds_FindWhatTheBriefLists()
    {
        var seeds = Report("seeds");
        Assert.All(seeds.Articles, a => Assert.DoesNotContain(a.Mismatches, m => m.Missed));
    }
}
