using Dashboard.Core.Facts;
using Dashboard.Core.Places;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Places;

public class GazetteerTests
{
    [Fact]
    public void BuiltIn_LoadsEveryRowOfTheEmbeddedTsv()
    {
        var gazetteer = Gazetteer.BuiltIn;
        Assert.True(gazetteer.Entries.Count > 2500);
        Assert.Equal(gazetteer.Entries.Count, gazetteer.Entries.Select(e => e.Place.Key).Distinct().Count());
        var mosul = gazetteer.Entries.Single(e => e.Place.Key == "iq-mosul");
        Assert.Equal(("Mosul", "الموصل", PlaceKind.City, "IQ"), (mosul.Place.Name, mosul.Place.NameAr, mosul.Place.Kind, mosul.Place.Country));
        Assert.Same(gazetteer, Gazetteer.BuiltIn);
    }

    [Theory]
    [InlineData("jo", true, false)]   // "Jordan" is a first name; "الأردن" is only the country
    [InlineData("qa", false, false)]
    [InlineData("sy-al-bab", false, true)]
    [InlineData("sc-victoria", true, true)]
    public void BuiltIn_AmbiguityFlag_IsPerScript(string key, bool english, bool arabic)
    {
        var entry = Gazetteer.BuiltIn.Entries.Single(e => e.Place.Key == key);
        Assert.Equal((english, arabic), (entry.AmbiguousEn, entry.AmbiguousAr));
    }

    [Fact]
    public void BuiltIn_EveryCountryCode_IsUpperCaseAlpha2()
    {
        Assert.All(Gazetteer.BuiltIn.Places.Where(p => p.Country is not null), p => Assert.Matches("^[A-Z]{2}$", p.Country!));
    }

    [Fact]
    public void With_ReplacesAKeyAndAddsNewPlaces()
    {
        var town = new GazetteerEntry(new Place("geonames-1", "Kafr Example", "كفر المثال", PlaceKind.City, "SY", 35, 36), ["Kafr Example"], ["كفر المثال"], false);
        var mosul = new GazetteerEntry(new Place("iq-mosul", "Mosul (imported)", "الموصل", PlaceKind.City, "IQ", 36, 43), ["Mosul"], ["الموصل"], false);
        var widened = Gazetteer.BuiltIn.With([town, mosul]);
        Assert.Equal(Gazetteer.BuiltIn.Entries.Count + 1, widened.Entries.Count);
        Assert.Equal("Mosul (imported)", widened.Entries.Single(e => e.Place.Key == "iq-mosul").Place.Name);
        var names = new PlaceExtractor(widened).Extract(new AnalyzedText("وصلت القوات إلى كفر المثال والموصل."), []).Select(m => m.Place.Name);
        Assert.Equal(["Kafr Example", "Mosul (imported)"], names);
    }

    [Fact]
    public void With_NothingMore_IsTheSameGazetteer() => Assert.Same(Gazetteer.BuiltIn, Gazetteer.BuiltIn.With([]));

    [Fact]
    public void Create_OnlyKnowsItsOwnEntries()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry(new Place("x-town", "Town", "بلدة", PlaceKind.City, "XX", 0, 0), ["Sometown"], ["سمتاون"], false)]);
        var names = new PlaceExtractor(gazetteer).Extract(new AnalyzedText("من سمتاون إلى Sometown ثم إلى بغداد"), []).Select(m => m.Place.Key);
        Assert.Equal(["x-town", "x-town"], names);
    }

    [Fact]
    public void Read_LineWithMissingColumns_SaysWhichLine()
    {
        var tsv = "id\tkind\tname\tname_ar\taliases_en\taliases_ar\tcountry\tlat\tlon\tpopulation\tambiguous\nx\tcity\tX\n";
        var error = Assert.Throws<FormatException>(() => GazetteerTsv.Read(new StringReader(tsv)));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
