using Dashboard.Web.Features.Shared;

namespace Dashboard.Web.Tests.Formatting;

public class FormatTests
{
    [Theory]
    [InlineData("en-US", 5_800_000_000, "USD", null, "5.8 billion USD")]
    [InlineData("en-US", 11_400_000, "USD", "day", "11.4 million USD a day")]
    [InlineData("en-US", 1500, "people", null, "1,500 people")]
    [InlineData("ar-EG", 5_800_000_000, "USD", null, "5.8 مليار دولار")]
    [InlineData("ar-SA", 11_400_000, "USD", "day", "11.4 مليون دولار يوميا")]
    [InlineData("ar-SA", 2_000_000, "SAR", "year", "2 مليون ريال سعودي سنويا")]
    public void Figure_InEachInterfaceLanguage_ReadsNaturally(string culture, double value, string unit, string? per, string expected)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(expected, Format.Figure(value, unit, per));
    }

    [Theory]
    [InlineData("en-US", "2016-01-28", "28 January 2016")]
    [InlineData("en-US", "2016-01", "January 2016")]
    [InlineData("en-US", "2016", "2016")]
    [InlineData("ar-EG", "2016-01-28", "28 يناير 2016")]
    [InlineData("ar-SA", "2016-01-28", "28 يناير 2016")] // Gregorian, not the Umm al-Qura calendar ar-SA defaults to
    public void Date_InEachInterfaceLanguage_IsGregorianInThatLanguage(string culture, string value, string expected)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(expected, Format.Date(value));
    }

    [Theory]
    [InlineData("at_least", false, "≥ 24 countries")]
    [InlineData("about", true, "≈ 24 countries")]
    [InlineData("exact", false, "24 countries")]
    public void Figure_Bound_IsShownAsApproximate(string bound, bool approx, string expected)
    {
        using var scope = new CultureScope("en-US");
        Assert.Equal(expected, Format.Figure(24, "countries", null, approx, bound));
    }
}
