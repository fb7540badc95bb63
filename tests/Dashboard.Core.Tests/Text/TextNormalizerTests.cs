using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("الرقة", "الرقه")]
    [InlineData("إسطنبول", "اسطنبول")]
    [InlineData("آشتون", "اشتون")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("بيّن", "بين")]
    [InlineData("ســوريا", "سوريا")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("٢٠١٦", "2016")]
    [InlineData("۲۰۱۶", "2016")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Mosul", "mosul")]
    public void Normalize_FoldsSpellingVariation(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("وزير الدفاع الأميركي آشتون كارتر", true)]
    [InlineData("Defense Secretary Ash Carter", false)]
    public void IsMostlyArabic_TellsTheScript(string text, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.IsMostlyArabic(text));
    }
}
