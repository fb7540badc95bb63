using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2016-02-10")]
    [InlineData(" 2016-02-10 ")]
    [InlineData("٢٠١٦-٠٢-١٠")]
    [InlineData("۲۰۱۶-۰۲-۱۰")]
    public void TryParse_YearMonthDay_GivesTheDate(string text)
    {
        Assert.True(PublicationDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2016, 2, 10), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Blank_IsValidAndNoDate(string? text)
    {
        Assert.True(PublicationDate.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("2016-02-30")]
    [InlineData("10/02/2016")]
    [InlineData("2016-2-1")]
    [InlineData("2016-02-10T12:00")]
    [InlineData("yesterday")]
    public void TryParse_NotYearMonthDay_IsRefused(string text)
    {
        Assert.False(PublicationDate.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Fact]
    public void Format_AnyCulture_IsYearMonthDayWithWesternDigits()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("2016-02-10", PublicationDate.Format(new DateOnly(2016, 2, 10)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
