using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

public class EnglishAttributionTests
{
    [Theory]
    [InlineData("Defense Secretary Ash Carter said the coalition would grow.", "Ash Carter", "Ash Carter")]
    [InlineData("\"We will not stop,\" said Peter Cook, the Pentagon spokesman.", "Peter Cook", "Peter Cook")]
    [InlineData("The UN refugee agency said 4,000 people had fled on Monday.", "UNHCR", "UN refugee agency")]
    [InlineData("According to the Syrian Observatory for Human Rights, 20 people died.", "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights")]
    [InlineData("Maria Lopez, a spokeswoman for the Red Cross, said the convoy had arrived.", "Maria Lopez", "Maria Lopez")]
    [InlineData("The World Bank expects growth of 2.5 percent next year.", "World Bank", "World Bank")]
    [InlineData("Hamas said in a statement that the talks had failed.", "Hamas", "Hamas")]
    [InlineData("The Ministry of Water and Irrigation announced new rationing on Sunday.", "Ministry of Water and Irrigation", "Ministry of Water and Irrigation")]
    [InlineData("Prices rose 4 percent, data from the Central Bank of Jordan showed.", "Central Bank of Jordan", "Central Bank of Jordan")]
    [InlineData("Saudi Arabia's energy ministry said output would fall.", "Saudi Arabia's energy ministry", "Saudi Arabia's energy ministry")]
    [InlineData("Analysts at JPMorgan said prices would stay volatile.", "JPMorgan", "JPMorgan")]
    [InlineData("The U.N. humanitarian office, known as OCHA, says a quarter of the population faces famine.", "OCHA", "OCHA")]
    [InlineData("Its regional director, Hans Kluge, said the disaster was the worst in a century.", "Hans Kluge", "Hans Kluge")]
    [InlineData("The International Monetary Fund this month raised its 2022 growth forecast for the UAE.", "International Monetary Fund", "International Monetary Fund")]
    public void Extract_StatementInEnglish_GivesTheSource(string sentence, string name, string text)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(text, mention.Text);
        Assert.Equal(text, sentence[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Pentagon spokesman Peter Cook told reporters the strikes would continue.", "Peter Cook", "Pentagon spokesman")]
    [InlineData("Interior ministry spokesman Karim Haddad said 12 people were arrested.", "Karim Haddad", "Interior ministry spokesman")]
    [InlineData("UN Secretary-General Antonio Guterres warned of famine.", "Antonio Guterres", "UN Secretary-General")]
    public void Extract_TitleBeforeName_GivesTheTitle(string sentence, string name, string title)
    {
        var mention = SourceTestText.Single(sentence, name);
        Assert.Equal(title, mention.Title);
        Assert.Equal(SourceKind.Person, mention.Kind);
    }

    [Theory]
    [InlineData("A senior US official said the talks would resume next week.", "senior US official", "A senior US official")]
    [InlineData("Two sources familiar with the matter told Reuters the deal was close.", "sources familiar with the matter", "Two sources familiar with the matter")]
    [InlineData("Witnesses said the blast shattered windows.", "witnesses", "Witnesses")]
    [InlineData("Lebanese police said three people were arrested.", "Lebanese police", "Lebanese police")]
    [InlineData("Residents of Mosul said the bridge had been destroyed.", "Residents", "Residents")]
    public void Extract_AnonymousSourceInEnglish_KeepsItsDescription(string sentence, string name, string text)
    {
        var mention = SourceTestText.Extract(sentence).First(m => m.Anonymous);
        Assert.Equal(name, mention.Name, ignoreCase: true);
        Assert.Equal(text, mention.Text);
    }

    [Fact]
    public void Extract_ToldAnOutlet_GivesSpeakerAndOutlet()
    {
        var mentions = SourceTestText.Extract("Karl Sorensen, the council's country director, told Reuters by telephone that families were sleeping outside.");
        Assert.Contains(mentions, m => m.Name == "Karl Sorensen");
        Assert.Contains(mentions, m => m.Name == "Reuters");
    }

    [Fact]
    public void Extract_SurnameAfterFullName_ResolvesToTheSamePerson()
    {
        var mentions = SourceTestText.Extract("Ash Carter said the campaign would speed up. Carter added that allies must do more.");
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("Ash Carter", m.Name));
    }

    [Fact]
    public void Extract_ParticipleAfterComma_AddsNoOtherSource()
    {
        var mentions = SourceTestText.Extract("Sheikh Mohammed bin Rashid, Vice President and Ruler of Dubai, said the figure was a record, adding that trade would double.");
        Assert.Equal(["Mohammed bin Rashid"], mentions.Select(m => m.Name));
    }

    [Fact]
    public void Extract_AcronymInBrackets_NamesTheCatalogueBody()
    {
        var mention = SourceTestText.Single("The conflict has killed 1,800 people, according to the Armed Conflict Location & Event Data Project (ACLED).", "ACLED");
        Assert.Equal("Armed Conflict Location & Event Data Project (ACLED)", mention.Text);
    }

    [Fact]
    public void Extract_ObjectClauseAfterSaid_IsNotASource()
    {
        var names = SourceTestText.Extract("The commission said Sadr's movement had won 73 seats.").Select(m => m.Name);
        Assert.DoesNotContain("Sadr's movement", names);
    }

    [Fact]
    public void Extract_PronounSubject_AddsNoSource()
    {
        Assert.Empty(SourceTestText.Extract("He said the decision was final, and they added that nothing would change."));
    }
}
