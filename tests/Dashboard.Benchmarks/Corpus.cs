using Dashboard.Data.Schema;

namespace Dashboard.Benchmarks;

/// <summary>Article texts for the benchmarks: the seeds, the development corpus, and a large article made of them.</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = DataPaths.RepositoryRoot ?? throw new DirectoryNotFoundException("Run the benchmarks from inside the repository.");

    public static IReadOnlyList<string> DevelopmentArticles { get; } =
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests", "corpus", "dev", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    public static string Seed { get; } = File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "000_a42394f84623514f.txt"));

    /// <summary>Development articles repeated until the text holds at least <paramref name="characters"/> characters.</summary>
    public static string Large(int characters)
    {
        var text = new System.Text.StringBuilder(characters + 8192);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(DevelopmentArticles[i % DevelopmentArticles.Count]).Append("\n\n");
        }
        return text.ToString();
    }
}
