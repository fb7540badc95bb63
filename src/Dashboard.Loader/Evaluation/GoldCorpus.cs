using Dashboard.Core.Documents;
using Dashboard.Core.Evaluation;
using Dashboard.Data.Loading;

namespace Dashboard.Loader.Evaluation;

/// <summary>Articles and their gold files read from two folders (NAME.txt in one, NAME.json in the other).</summary>
public sealed record GoldCorpus(IReadOnlyList<(string Name, string Text, GoldArticle Gold)> Items, IReadOnlyList<string> WithoutGold)
{
    public static GoldCorpus Read(string articlesFolder, string goldFolder)
    {
        var items = new List<(string, string, GoldArticle)>();
        var withoutGold = new List<string>();
        foreach (var path in ArticleLoader.FindArticles([articlesFolder]))
        {
            var name = Path.GetFileName(path);
            var goldPath = Path.Combine(goldFolder, Path.GetFileNameWithoutExtension(path) + ".json");
            if (!File.Exists(goldPath))
            {
                withoutGold.Add(name);
                continue;
            }
            var decoded = TextDecoder.Decode(File.ReadAllBytes(path), name);
            var text = decoded.Text ?? throw new FormatException(decoded.Error);
            items.Add((name, text, GoldArticle.Parse(File.ReadAllText(goldPath), goldPath)));
        }
        return new GoldCorpus(items, withoutGold);
    }

    public EvaluationReport Evaluate(Evaluator evaluator) =>
        new(Items.Select(i => evaluator.Evaluate(i.Name, i.Text, i.Gold)).ToList());
}
