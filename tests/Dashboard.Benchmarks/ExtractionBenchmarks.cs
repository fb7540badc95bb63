using BenchmarkDotNet.Attributes;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;

namespace Dashboard.Benchmarks;

/// <summary>Extraction of one article: a seed (3.6 KB), one megabyte and five megabytes of news text.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor extractor = ArticleExtractor.CreateDefault();
    private readonly ArticleMetadata metadata = new() { Published = new DateOnly(2016, 2, 10) };
    private string text = "";

    [Params("seed", "1 MB", "5 MB")]
    public string Article { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        text = Article switch
        {
            "seed" => Corpus.Seed,
            "1 MB" => Corpus.Large(1_000_000),
            _ => Corpus.Large(5_000_000),
        };
        extractor.Extract(Corpus.Seed, metadata); // load the gazetteer and catalogues once, outside the measurement
    }

    [Benchmark]
    public int Extract() => extractor.Extract(text, metadata).Sentences.Count;
}
