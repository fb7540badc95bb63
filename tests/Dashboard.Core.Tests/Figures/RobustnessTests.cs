using System.Text;

namespace Dashboard.Core.Tests.Figures;

public class RobustnessTests
{
    // Pieces that sit at the edges of the rules: glued particles, lone tatweel, signs, separators, number words.
    private static readonly string[] Pieces =
    [
        "5", "1,500", "٣٫٥", "2016", "0501234567", "12:30", "-", "/", "%", "٪", "$", "£", "US", "Dh", "(", ")", "،", ".", "\n",
        "و", "بـ", "الـ", "ـ", "ألف", "آلاف", "مليون", "ملايين", "مليار", "ونصف", "عشرات", "مئات", "الآلاف", "ثلاثة", "عشر", "واحد",
        "جنديين", "دولار", "ريال", "جنيه", "ليرة", "لبنانية", "في", "المئة", "يوميا", "نحو", "أكثر", "من", "أصل", "إلى", "قتل", "شخص",
        "مسلح", "عام", "يناير", "الساعة", "عاما", "رقم", "the", "of", "a", "million", "bn", "m", "people", "killed", "per", "cent",
        "day", "between", "and", "to", "one", "half", "dozen", "thousands", "tens", "Iran's", "rial", "in", "at", "least", "°",
    ];

    [Fact]
    public void Extract_RandomMixOfEdgePieces_NeverThrowsAndKeepsSpansExact()
    {
        var random = new Random(20160210);
        for (var round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 40);
            for (var k = 0; k < length; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                builder.Append(random.Next(4) == 0 ? "" : " ");
            }
            var text = builder.ToString();
            var figures = FigureKit.Extract(text);
            Assert.All(figures, f =>
            {
                Assert.Equal(f.Text, text[f.Start..f.End]);
                Assert.True(double.IsFinite(f.Value), text);
                Assert.False(string.IsNullOrEmpty(f.Unit), text);
            });
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ـ")]
    [InlineData("5")]
    [InlineData("مليونا ـ")]
    [InlineData("$")]
    [InlineData("الـ")]
    [InlineData("1.2.3.4")]
    [InlineData("99999999999999999999999999 people")]
    public void Extract_DegenerateText_DoesNotThrow(string text)
    {
        Assert.NotNull(FigureKit.Extract(text));
    }
}
