using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Extraction;

/// <summary>
/// The whole extractor on long and odd input: it finishes, and every fact still points at its own text. Speed is
/// measured in tests/Dashboard.Benchmarks (docs/BENCHMARKS.md), not asserted here.
/// </summary>
public class LargeInputTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private const string Paragraph = """
        وقال وزير الدفاع الأميركي آشتون كارتر في بروكسل يوم 28 يناير/كانون الثاني 2016 إن الحملة كلفت 5.8 مليارات دولار، أي 11.4 مليون دولار يوميا.
        وذكر المرصد السوري لحقوق الإنسان أن نحو 1500 مسلح قتلوا في الرقة والموصل قبل خمسة أشهر، ونزح عشرات الآلاف من حلب.
        BAGHDAD, March 3 (Reuters) - Iraq exported 3.2 million barrels a day in February, the oil ministry said on Tuesday.
        """;

    private static void AssertSpansMatch(ArticleFacts facts)
    {
        foreach (var fact in facts.Dates.Cast<IFact>().Concat(facts.Figures).Concat(facts.Places).Concat(facts.Sources))
        {
            Assert.Equal(fact.Text, facts.Text[fact.Start..fact.End]);
            Assert.InRange(fact.Sentence, 0, facts.Sentences.Count - 1);
        }
    }

    [Fact]
    public void Extract_FiveMegabyteArticle_FindsFactsEverywhereWithTrueSpans()
    {
        var text = new StringBuilder();
        while (text.Length < 5_000_000)
        {
            text.Append(Paragraph).Append("\n\n");
        }
        var facts = Extractor.Extract(text.ToString(), new ArticleMetadata { Published = new DateOnly(2016, 2, 10) });

        var paragraphs = text.Length / (Paragraph.Length + 2);
        Assert.True(facts.Figures.Count >= paragraphs * 4, $"{facts.Figures.Count} figures in {paragraphs} paragraphs");
        Assert.True(facts.Places.Count >= paragraphs * 4, $"{facts.Places.Count} places in {paragraphs} paragraphs");
        Assert.True(facts.Events.Count >= paragraphs, $"{facts.Events.Count} events in {paragraphs} paragraphs");
        AssertSpansMatch(facts);
    }

    [Theory]
    [InlineData(100_000, '7')]
    [InlineData(100_000, '٣')]
    public void Extract_HundredThousandDigits_IsAtMostOneFigure(int length, char digit)
    {
        var facts = Extractor.Extract(new string(digit, length), ArticleMetadata.None);
        Assert.True(facts.Figures.Count <= 1);
        AssertSpansMatch(facts);
    }

    [Theory]
    [InlineData("، ، ، ، ")]
    [InlineData("((((((((((")]
    [InlineData("1.2.3.4.5.6.7.8.9.")]
    [InlineData("في في في في في ")]
    [InlineData("يناير يناير 2016 2016 ")]
    public void Extract_RepetitiveOddInput_Finishes(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 20_000));
        AssertSpansMatch(Extractor.Extract(text, new ArticleMetadata { Published = new DateOnly(2016, 2, 10) }));
    }
}
