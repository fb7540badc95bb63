using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("5.8 مليارات", new[] { "5.8", "مليارات" })]
    [InlineData("158راكباً", new[] { "158", "راكبا" })]
    [InlineData("١٬٥٠٠ نازح", new[] { "1,500", "نازح" })]
    [InlineData("٣٫٥ في المئة", new[] { "3.5", "في", "المئه" })]
    [InlineData("1،500 قتيل", new[] { "1,500", "قتيل" })]
    [InlineData("2، 3", new[] { "2", "،", "3" })]
    [InlineData("Sa'ada, Yemen", new[] { "sa'ada", ",", "yemen" })]
    [InlineData("2016-01-28", new[] { "2016", "-", "01", "-", "28" })]
    public void Tokenize_MixedText_GivesNormalisedTokens(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text).Select(t => t.Norm));
    }

    [Fact]
    public void Tokenize_SpansPointIntoTheOriginalText()
    {
        const string text = "قال كارتر إنّ 1500 مسلح";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.Equal(token.Norm, TextNormalizer.Normalize(text.AsSpan(token.Start, token.Length)).Replace("٬", ",", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Tokenize_HundredThousandDigits_IsOneNumberToken()
    {
        var text = new string('7', 100_000);
        var tokens = Tokenizer.Tokenize(text);
        Assert.Single(tokens);
        Assert.Equal(100_000, tokens[0].Length);
    }
}
