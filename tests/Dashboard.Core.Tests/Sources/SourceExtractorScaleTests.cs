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
