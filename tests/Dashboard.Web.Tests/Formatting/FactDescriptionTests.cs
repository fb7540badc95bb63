using Dashboard.Data.Queries;
using Dashboard.Web.Features.Documents;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Formatting;

public class FactDescriptionTests
{
    private static readonly IStringLocalizer<SharedResource> L =
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly FactSpan Figure = new() { Kind = "figure", Number = 66, Unit = "countries", Counted = "coalition members", Category = "countries" };

    private static readonly FactSpan Place = new() { Kind = "place", Name = "Mosul", Extra = "الموصل", Detail = "city", Country = "IQ" };

    [Fact]
    public void Describe_FigureInEnglish_HasNoDecimalNoise()
    {
        using var scope = new CultureScope("en-US");
        Assert.Equal("66 countries · coalition members · countries", FactDescription.Describe(Figure, L));
    }

    [Fact]
    public void Describe_PlaceInArabic_UsesTheArabicNameAndKind()
    {
        using var scope = new CultureScope("ar");
        Assert.Equal("الموصل · مدينة · IQ", FactDescription.Describe(Place, L));
    }

    [Fact]
    public void Describe_HijriDate_SaysTheTextGaveHijri()
    {
        using var scope = new CultureScope("en-US");
        Assert.Equal("20 June 2016 · Hijri in the text", FactDescription.Describe(new FactSpan { Kind = "date", Name = "2016-06-20", Detail = "day", Extra = "hijri" }, L));
    }
}
