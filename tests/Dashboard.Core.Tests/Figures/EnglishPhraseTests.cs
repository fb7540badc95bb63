namespace Dashboard.Core.Tests.Figures;

/// <summary>
/// English noun phrases around a count as Reuters, AP, AFP and Gulf business papers write them: model designations
/// between the count and its noun, partitives, demonyms after adjectives, "N more", "N-member", vote tallies.
/// </summary>
public class EnglishPhraseTests
{
    // Articles that group thousands with commas never group them with spaces: "20 737" is a count and a model.
    private const string CommaArticle = "More than 630,000 jobs depend on aviation.\n";

    [Theory]
    [InlineData("Emirates ordered 90 Boeing 777X jets worth $52 billion at list prices.", 90, "aircraft")]
    [InlineData("Turkey received 40 F-16 jets from the United States.", 40, "aircraft")]
    [InlineData("flydubai committed to 30 Boeing 787-9 Dreamliners worth $11 billion.", 30, "units")]
    [InlineData("The Emirates order comprises 55 777-9s and 35 of the smaller 777-8s.", 55, "units")]
    [InlineData("The Emirates order comprises 55 777-9s and 35 of the smaller 777-8s.", 35, "units")]
    [InlineData("The carrier also firmed up an order for 15 additional Airbus A350-900s.", 15, "units")]
    [InlineData("Ethiopian Airlines ordered 11 Boeing 787s and 20 737 MAX jets.", 11, "units")]
    [InlineData("Ethiopian Airlines ordered 11 Boeing 787s and 20 737 MAX jets.", 20, "aircraft")]
    [InlineData("Egypt bought 24 F-16s and two S-400 batteries.", 24, "units")]
    public void Extract_CountBeforeAModel_CountsWhatFollowsIt(string sentence, double value, string unit)
    {
        var figures = FigureKit.Extract(CommaArticle + sentence);
        Assert.Equal(unit, FigureKit.WithValue(figures, value).Unit);
        Assert.DoesNotContain(figures, f => f.Value is 777 or 787 or 737 or 350 or 16 or 20737);
    }

    [Theory]
    [InlineData("The challenge is to create jobs for some 30,000 young Omanis entering the labour market every year.", 30e3, "people", "year")]
    [InlineData("Turkey hosts 3.6 million displaced Syrians.", 3.6e6, "people", null)]
    [InlineData("Officials said 3 of the victims were children.", 3, "people", null)]
    [InlineData("At a summit with leaders of the six-member Gulf Cooperation Council, Xi spoke.", 6, "members", null)]
    [InlineData("The airline ordered 35 jets, with options for five more.", 5, "aircraft", null)]
    [InlineData("The carrier firmed up 15 jets, bringing its A350 order book to 65.", 65, null, null)]
    public void Extract_EnglishNounPhrase_ReadsTheCount(string sentence, double value, string? unit, string? per)
    {
        var figure = FigureKit.WithValue(FigureKit.Extract(sentence), value);
        if (unit is not null)
        {
            Assert.Equal(unit, figure.Unit);
        }
        Assert.Equal(per, figure.Per?.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("High Court strikes down law in 8-7 ruling", 8, 7)]
    [InlineData("The ruling was decided by a narrow 8-7 majority.", 8, 7)]
    [InlineData("The vote was 9-6 in committee.", 9, 6)]
    [InlineData("The Senate voted 51-49 to confirm him.", 51, 49)]
    public void Extract_VoteTally_GivesBothSides(string sentence, double yes, double no)
    {
        var figures = FigureKit.Extract(sentence);
        Assert.Equal("votes", FigureKit.WithValue(figures, yes).Unit);
        Assert.Equal("votes", FigureKit.WithValue(figures, no).Unit);
    }

    [Fact]
    public void Extract_UnanimousVote_GivesOnlyTheVotesFor()
    {
        var figure = Assert.Single(FigureKit.Extract("The Security Council adopted the text by a vote of 14-0, with the US abstaining."));
        Assert.Equal(14, figure.Value);
        Assert.Equal("votes", figure.Unit);
    }

    [Fact]
    public void Extract_DissentingVoters_ArePeople()
    {
        var figures = FigureKit.Extract("Twelve of the 15 justices held that the court may review the law, with three dissenting.");
        Assert.Equal("people", FigureKit.WithValue(figures, 3).Unit);
    }
}
