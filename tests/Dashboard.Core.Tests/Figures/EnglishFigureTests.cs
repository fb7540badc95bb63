namespace Dashboard.Core.Tests.Figures;

public class EnglishFigureTests
{
    [Theory]
    [InlineData("The campaign has cost $5.8bn so far.", 5.8e9, "USD", null, false, "money")]
    [InlineData("The plan costs 5.8 billion dollars.", 5.8e9, "USD", null, false, "money")]
    [InlineData("Operations cost $11.4 million a day.", 11.4e6, "USD", "day", false, "money")]
    [InlineData("The scheme will cost £2.5 billion a year.", 2.5e9, "GBP", "year", false, "money")]
    [InlineData("Brussels pledged €3bn in aid.", 3e9, "EUR", null, false, "money")]
    [InlineData("The fund raised US$250 million.", 250e6, "USD", null, false, "money")]
    [InlineData("Tourists spent SR99 billion last year.", 99e9, "SAR", null, false, "money")]
    [InlineData("A litre of petrol now costs Dh3.03.", 3.03, "AED", null, false, "money")]
    [InlineData("The ministry paid 12 million Egyptian pounds in compensation.", 12e6, "EGP", null, false, "money")]
    [InlineData("Salaries were raised by 500 Saudi riyals a month.", 500, "SAR", "month", false, "money")]
    [InlineData("The contract is worth USD 40m.", 40e6, "USD", null, false, "money")]
    [InlineData("Defence spending rose to more than $2 trillion.", 2e12, "USD", null, true, "money")]
    public void Extract_EnglishMoney_ReadsValueCurrencyAndRate(string sentence, double value, string unit, string? per, bool approx, string category)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, unit, per, approx, category);
    }

    [Theory]
    [InlineData("At least 25 people were killed in the blast.", 25, "people", null, true, "casualties")]
    [InlineData("The strike wounded 40 civilians.", 40, "people", null, false, "casualties")]
    [InlineData("Some 1,500 militants died in the offensive.", 1500, "people", null, true, "casualties")]
    [InlineData("Tens of thousands of people fled the city.", 1e4, "people", null, true, "displaced")]
    [InlineData("Nearly 4.5 million refugees live in neighbouring states.", 4.5e6, "refugees", null, true, "displaced")]
    [InlineData("Washington has roughly 2,500 troops in the country.", 2500, "troops", null, true, "military")]
    [InlineData("The coalition carried out 83 air strikes overnight.", 83, "airstrikes", null, false, "military")]
    [InlineData("The alliance now counts 66 nations.", 66, "countries", null, false, "countries")]
    [InlineData("Iraq exports about 3.5 million barrels per day.", 3.5e6, "barrels", "day", true, "other")]
    [InlineData("Output rose to 1.2 million bpd.", 1.2e6, "barrels", "day", false, "other")]
    [InlineData("The road runs for 120 km along the border.", 120, "km", null, false, "other")]
    [InlineData("Two dozen soldiers were injured in the ambush.", 24, "people", null, false, "casualties")]
    [InlineData("Hundreds of protesters gathered on Friday.", 100, "protesters", null, true, "other")]
    [InlineData("Officials said 219 Syrians had been resettled.", 219, "people", null, false, "other")]
    [InlineData("Talks are under way with at least eight other countries.", 8, "countries", null, true, "countries")]
    [InlineData("The quake was followed by more than 80 aftershocks.", 80, "aftershocks", null, true, "other")]
    public void Extract_EnglishCounts_ReadsUnitAndCategory(string sentence, double value, string unit, string? per, bool approx, string category)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, unit, per, approx, category);
    }

    [Theory]
    [InlineData("Unemployment rose to 7.2 per cent.", 7.2)]
    [InlineData("He won 52% of the vote.", 52)]
    [InlineData("Prices jumped 31 percent.", 31)]
    [InlineData("The bank raised rates by 0.75 percentage points.", 0.75)]
    public void Extract_EnglishPercent_IsPercent(string sentence, double value)
    {
        FigureKit.Check(FigureKit.Single(sentence), value, "percent", null, false, "percent");
    }

    [Theory]
    [InlineData("Twenty-five soldiers were wounded.", 25)]
    [InlineData("Two hundred and fifty families returned.", 250)]
    [InlineData("Officials counted three thousand five hundred tents.", 3500)]
    [InlineData("A dozen journalists were detained.", 12)]
    [InlineData("Nearly half a million people are displaced.", 500000)]
    [InlineData("The city has a million residents.", 1e6)]
    [InlineData("Two and a half million children need help.", 2.5e6)]
    [InlineData("About 2m people lack clean water.", 2e6)]
    [InlineData("Investors lost $40k each.", 40e3)]
    [InlineData("Several hundred million pounds were spent.", 1e8)]
    [InlineData("Hundreds of thousands of people marched.", 1e5)]
    public void Extract_EnglishNumberForms_ReadsTheValue(string sentence, double value)
    {
        var figure = FigureKit.Single(sentence);
        Assert.True(FigureKit.Close(figure.Value, value), FigureKit.Describe([figure]));
    }

    [Fact]
    public void Extract_EnglishRange_GivesOneFigurePerEnd()
    {
        var figures = FigureKit.Extract("Between 200 and 300 people were evacuated.");
        Assert.Equal([200.0, 300.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("people", f.Unit));
        Assert.Equal("Between 200", figures[0].Text);
    }

    [Fact]
    public void Extract_HyphenRangeWithSignAndScale_ScalesBothEnds()
    {
        var figures = FigureKit.Extract("The fund will invest $200-300 million.");
        Assert.Equal([200e6, 300e6], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("USD", f.Unit));
    }

    [Fact]
    public void Extract_KilledAndWounded_AreToldApart()
    {
        var figures = FigureKit.Extract("The bomb exploded, killing at least 10 people and wounding 42 others.");
        Assert.Contains("killed", FigureKit.WithValue(figures, 10).Counted, StringComparison.Ordinal);
        Assert.Contains("wounded", FigureKit.WithValue(figures, 42).Counted, StringComparison.Ordinal);
        Assert.All(figures, f => Assert.Equal("casualties", f.Category.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Extract_ExchangeRate_TakesTheCurrencyTheSentenceIsAbout()
    {
        var figure = FigureKit.Single("The Sudanese pound weakened to about 600 against the US dollar.");
        Assert.Equal(600, figure.Value);
        Assert.Equal("SDG", figure.Unit);
    }

    [Fact]
    public void Extract_OneWithANoun_CountsOne()
    {
        var figure = FigureKit.Single("One civilian was killed when the shell hit.");
        FigureKit.Check(figure, 1, "people", null, false, "casualties");
    }

    [Fact]
    public void Extract_OfTheRange_GivesBothCounts()
    {
        var figures = FigureKit.Extract("The movement won 73 of the 329 seats.");
        Assert.Equal([73.0, 329.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("seats", f.Unit));
    }
}
