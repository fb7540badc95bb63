using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var analyzed = new AnalyzedText(text);
        return analyzed.Sentences.Select(s => analyzed.SentenceText(s.Index)).ToArray();
    }

    [Fact]
    public void Split_ArabicFullStopsAndQuestionMarks_EndSentences()
    {
        Assert.Equal(["قال كارتر إن الحملة مستمرة.", "هل تنجح؟", "نعم."], Split("قال كارتر إن الحملة مستمرة. هل تنجح؟ نعم."));
    }

    [Fact]
    public void Split_LineBreak_EndsTitlesAndCaptions()
    {
        Assert.Equal(["عنوان الخبر", "مصدر الصورة Getty", "النص."], Split("عنوان الخبر\n\nمصدر الصورة Getty\nالنص."));
    }

    [Fact]
    public void Split_AbbreviationsInitialsAndDecimals_DoNotEndSentences()
    {
        Assert.Equal(
            ["In this Jan. 28, 2016 photo, U.S. Defense Secretary Ash Carter spoke.", "It cost $5.8 billion."],
            Split("In this Jan. 28, 2016 photo, U.S. Defense Secretary Ash Carter spoke. It cost $5.8 billion."));
    }

    [Fact]
    public void Split_ClosingQuoteAfterStop_StaysWithItsSentence()
    {
        Assert.Equal(["وتابع \"انظروا إلى الدمار.\"", "ثم غادر."], Split("وتابع \"انظروا إلى الدمار.\" ثم غادر."));
    }

    [Fact]
    public void Split_SpansCoverTheirText()
    {
        const string text = "First one. Second one!\nThird";
        var analyzed = new AnalyzedText(text);
        Assert.Equal(3, analyzed.Sentences.Length);
        Assert.All(analyzed.Sentences, s => Assert.Equal(analyzed.SliceTokens(s.FirstToken, s.LastToken), text[s.Start..s.End]));
    }
}
