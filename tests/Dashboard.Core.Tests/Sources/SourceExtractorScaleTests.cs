using System.Diagnostics;
using System.Text;
using Dashboard.Core.Sources;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Sources;

public class SourceExtractorScaleTests
{
    [Fact]
    public void Extract_LongText_GrowsLinearly()
    {
        var small = Measure(200);
        var large = Measure(2000);
        // Ten times the text may take about ten times as long, never a hundred.
        Assert.True(large.Elapsed < small.Elapsed * 40 + TimeSpan.FromSeconds(1), $"{small.Elapsed} for 200 paragraphs, {large.Elapsed} for 2000");
        Assert.Equal(small.Mentions * 10, large.Mentions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("(")]
    [InlineData("«")]
    [InlineData("قال")]
    [InlineData("according to")]
    [InlineData("the")]
    public void Extract_EmptyOrCutShortText_GivesNothing(string text)
    {
        Assert.Empty(new SourceExtractor(SourceCatalogue.BuiltIn).Extract(new AnalyzedText(text)));
        Assert.Empty(new SourceExtractor(SourceCatalogue.BuiltIn).NamedSpans(new AnalyzedText(text)));
    }

    [Fact]
    public void Extract_TextWithoutSpacesOrWords_Terminates()
    {
        var text = new string('،', 50_000) + new string('«', 50_000) + string.Concat(Enumerable.Repeat("قال ", 20_000));
        var mentions = new SourceExtractor(SourceCatalogue.BuiltIn).Extract(new AnalyzedText(text));
        Assert.Empty(mentions);
    }

    [Fact]
    public void Extract_OneEndlessSentenceOfParticiplesAndAnaphors_GrowsLinearly()
    {
        var small = MeasureRunOn(300);
        var large = MeasureRunOn(3000);
        Assert.True(large < small * 40 + TimeSpan.FromSeconds(1), $"{small} for 300 clauses, {large} for 3000");
    }

    // No full stop: participles, appositions, lone names and "the company" all look back within one sentence.
    private static TimeSpan MeasureRunOn(int clauses)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < clauses; i++)
        {
            builder.Append("ونظمت جبهة الخلاص وقفة احتجاجية، معتبرة أن الأرقام مضخمة، وقال كاتارينا بيلوفا، رئيسة البعثة، إن ");
            builder.Append("the company said, BP said, Xi said and Fitch upgraded the rating, citing debt, and said ");
        }
        var text = new AnalyzedText(builder.ToString());
        var extractor = new SourceExtractor(SourceCatalogue.BuiltIn);
        extractor.Extract(new AnalyzedText("warm up"));
        var clock = Stopwatch.StartNew();
        extractor.Extract(text);
        return clock.Elapsed;
    }

    private static (TimeSpan Elapsed, int Mentions) Measure(int paragraphs)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            builder.Append("وقال الناطق باسم البنتاغون بيتر كوك إن 1500 مسلح قتلوا، بحسب المرصد السوري لحقوق الإنسان. ");
            builder.Append("Officials said the convoy, which a senior US official described as large, arrived (Reuters).\n");
        }
        var text = new AnalyzedText(builder.ToString());
        var extractor = new SourceExtractor(SourceCatalogue.BuiltIn);
        extractor.Extract(new AnalyzedText("warm up"));
        var clock = Stopwatch.StartNew();
        var count = extractor.Extract(text).Count;
        return (clock.Elapsed, count);
    }
}
