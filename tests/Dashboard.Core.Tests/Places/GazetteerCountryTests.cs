using Dashboard.Core.Facts;
using Dashboard.Core.Places;

namespace Dashboard.Core.Tests.Places;

public class GazetteerCountryTests
{
    [Theory]
    [InlineData("IQ", "Iraq", "العراق")]
    [InlineData("sy", "Syria", "سوريا")]
    [InlineData("AE", "United Arab Emirates", "الإمارات")]
    public void Country_ByIsoCode_GivesItsNames(string code, string name, string nameAr)
    {
        var country = Gazetteer.BuiltIn.Country(code);
        Assert.NotNull(country);
        Assert.Equal((name, nameAr, PlaceKind.Country), (country.Name, country.NameAr, country.Kind));
    }

    [Fact]
    public void Country_UnknownCode_IsNull()
    {
        Assert.Null(Gazetteer.BuiltIn.Country("ZZ"));
    }
}
