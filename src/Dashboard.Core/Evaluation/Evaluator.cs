using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;

namespace Dashboard.Core.Evaluation;

/// <summary>Runs extraction on articles whose gold is known and scores the result.</summary>
public sealed class Evaluator(ArticleExtractor extractor)
{
    public ArticleScore Evaluate(string name, string text, GoldArticle gold)
    {
        var facts = extractor.Extract(text, new ArticleMetadata { Published = gold.Published });
        return FactMatcher.Score(name, facts, gold);
    }
}
