using System.Text;

namespace Dashboard.Core.Tests.Figures;

public class ScaleTests
{
    [Fact]
    public void Extract_HundredThousandDigits_FinishesWithoutAFigure()
    {
        var figures = FigureKit.Extract(new string('7', 100_000) + " دولار");
        Assert.Empty(figures);
    }

    [Fact]
    public void Extract_HundredThousandDigitsSplitBySpaces_Finishes()
    {
        var text = string.Join(' ', Enumerable.Repeat("123", 33_000));
        Assert.NotNull(FigureKit.Extract(text));
    }

    [Fact]
    public void Extract_FiveMegabyteArticle_FindsEveryFigure()
    {
        const string paragraph = "قتل نحو 1500 مسلح في الغارات، وكلفت الحملة 5.8 مليارات دولار، أي 11.4 مليون دولار يوميا. "
            + "The coalition of 66 nations spent $2.5bn, and tens of thousands of people fled.\n";
        var builder = new StringBuilder();
        var repeats = 0;
        while (builder.Length < 5_000_000)
        {
            builder.Append(paragraph);
            repeats++;
        }
        var figures = FigureKit.Extract(builder.ToString());
        Assert.Equal(repeats * 6, figures.Count);
    }
}
