using System.Globalization;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Dates;

public class DateSpanTests
{
    [Theory]
    [InlineData("وأمس قال المتحدث إن الوضع هادئ.", "أمس")]
    [InlineData("وَأمسِ قال المتحدث إن الوضع هادئ.", "أمسِ")]
    [InlineData("والخميس وصل الوفد.", "الخميس")]
    [InlineData("وفي يناير 2016 ارتفعت الأسعار، وبيناير 2017 تراجعت.", "يناير 2016")]
    public void Extract_Text_LeavesTheConjunctionOut(string sentence, string expected)
    {
        var mention = DateTestKit.Extract(sentence, "2016-02-10")[0];
        Assert.Equal(expected, mention.Text);
    }

    [Fact]
    public void Extract_Spans_PointAtTheTextAndItsSentence()
    {
        const string text = "عنوان الخبر\nقال الوزير أمس الخميس إن الحملة مستمرة. وتعقد القمة في 15 مارس المقبل.\nIn a Jan. 28, 2016 photo, he speaks.";
        var analyzed = new AnalyzedText(text);
        var mentions = DateTestKit.Extract(text, "2016-02-12");
        Assert.Equal(["أمس الخميس", "15 مارس المقبل", "Jan. 28, 2016"], mentions.Select(m => m.Text));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.Sentence));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(mentions, m => Assert.True(analyzed.Sentences[m.Sentence].Start <= m.Start && m.End <= analyzed.Sentences[m.Sentence].End));
    }

    [Fact]
    public void Extract_DateNeverCrossesASentenceEnd()
    {
        Assert.Equal("", DateTestKit.Describe("قتل 15.\nمارس الفريق ضغطا.", "2016-02-10"));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Extract_PublicationDateAtTheCalendarsEdge_LeavesRelativeDatesUnresolved(string published)
    {
        Assert.Equal("أمس الخميس = ? | قبل عقد = ?", DateTestKit.Describe("قال أمس الخميس إن الحرب بدأت قبل عقد.", published));
    }

    [Fact]
    public void Extract_SentenceOpeningWithALoneConjunction_StillReadsItsWeekday()
    {
        Assert.Equal("الخميس = 2016-02-04", DateTestKit.Describe("و الخميس", "2016-02-10"));
    }

    [Fact]
    public void Extract_EmptyAndPunctuationOnlyText_FindsNothing()
    {
        Assert.Empty(DateTestKit.Extract("", "2016-02-10"));
        Assert.Empty(DateTestKit.Extract("... - / ( ) ،", "2016-02-10"));
    }

    [Fact]
    public void Extract_ManyDates_KeepsTextOrder()
    {
        var text = string.Join(' ', Enumerable.Range(1, 28).Select(d => $"وفي {d} يناير 2015 قتل شخص."));
        var mentions = DateTestKit.Extract(text, "2016-02-10");
        Assert.Equal(Enumerable.Range(1, 28).Select(d => new DateOnly(2015, 1, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), mentions.Select(m => m.Value));
    }
}
