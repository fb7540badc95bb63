using Dashboard.Core.Facts;

namespace Dashboard.Core.Tests.Sources;

/// <summary>English attribution as wires, British and Gulf papers write it.</summary>
public class EnglishPhrasingTests
{
    [Theory]
    [InlineData("Oman expects a deficit of 640 million rials in 2024, the finance ministry said on Monday.", "the finance ministry")]
    [InlineData("Israeli daily Haaretz reported that the cabinet would meet on Sunday.", "Haaretz")]
    [InlineData("The charity Care4Calais said about 1,500 people were sleeping rough.", "Care4Calais")]
    [InlineData("A man died after falling from a lorry, according to the prefecture of Pas-de-Calais.", "the prefecture of Pas-de-Calais")]
    [InlineData("Fitch Ratings upgraded Oman's sovereign rating to BB+ in December, citing lower debt, and said another upgrade was possible.", "Fitch Ratings")]
    [InlineData("Mohamed Ould Khalifa, Mauritania's minister of petroleum, mines and energy, told the Financial Times that revenues could rise.", "Mohamed Ould Khalifa")]
    [InlineData("AI could add 14 per cent to the UAE's GDP by 2030, according to a PwC estimate.", "PwC")]
    [InlineData("Emirates Group last week reported a record half-year profit of Dh10.1 billion.", "Emirates Group")]
    [InlineData("The New York Times reported last year that US agencies had raised concerns.", "The New York Times")]
    [InlineData("Costs rose to more than $6bn, according to people familiar with the project.", "people familiar with the project")]
    [InlineData("Deliveries are scheduled from 2025 to 2035, BP said.", "BP")]
    [InlineData("Annual inflation stood at 43.7% in April, according to the Turkish Statistical Institute.", "Turkish Statistical Institute")]
    [InlineData("Observers from the Organization for Security and Co-operation in Europe (OSCE) said the vote offered a genuine choice.", "Organization for Security and Co-operation in Europe (OSCE)")]
    [InlineData("Legal scholars said the decision was likely to reignite the debate.", "Legal scholars")]
    [InlineData("Coach Gerardo Martino said the team had played well.", "Gerardo Martino")]
    [InlineData("The attack was reported by Syrian state media.", "Syrian state media")]
    [InlineData("The Sudanese Doctors' Syndicate said at least 18 civilians were killed.", "Sudanese Doctors' Syndicate")]
    [InlineData("Hassan Ali, quoted by the state news agency WAM, said the talks would resume.", "WAM")]
    public void Extract_SourceAsPapersWriteIt_IsFound(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.True(mentions.Any(m => m.Text == text), SourceTestText.Describe(mentions));
    }

    [Theory]
    [InlineData("The deficit would be 1.5% of GDP, the finance ministry said in a statement carried by the state news agency ONA.", "Oman News Agency")]
    [InlineData("Pakistan's National Disaster Management Authority said 1,136 people had died since mid-June.", "National Disaster Management Authority")]
    [InlineData("Oman expects a deficit this year, the finance ministry said. Spending on subsidies was set at 1.2 billion rials, the ministry said.", "finance ministry")]
    [InlineData("Chinese President Xi Jinping arrived in Riyadh on Wednesday. At the summit, Xi said China would import more crude.", "Xi Jinping")]
    [InlineData("Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah dissolved parliament on Friday. In a televised speech, the emir said corruption had spread.", "Sheikh Mishal al-Ahmad al-Sabah")]
    [InlineData("DUBAI (Reuters) - Saudi Aramco's profit fell 25% last year, the state oil giant said on Sunday.", "Saudi Aramco")]
    [InlineData("Microsoft will invest $1.5 billion in G42. The company said in January that it had divested its Chinese holdings.", "G42")]
    [InlineData("\"The market is tight,\" said one trader. Goldman Sachs analysts said Brent could reach $90.", "Goldman Sachs")]
    [InlineData("Its spokesman told the BBC that the group was defending its positions.", "BBC")]
    [InlineData("Medical charity Doctors Without Borders (MSF) said its hospital had received 120 wounded.", "Doctors Without Borders")]
    [InlineData("Exports averaged 3.4 million barrels per day, citing figures from state oil marketer SOMO.", "SOMO")]
    [InlineData("The U.S. State Department said in a statement that both sides had violated the truce.", "US State Department")]
    [InlineData("The figures, released by the Hamas-run health ministry, do not distinguish between civilians and combatants.", "Gaza Health Ministry")]
    public void Extract_SourceNamedOrPointedBackAt_GivesItsName(string text, string name)
    {
        var mentions = SourceTestText.Extract(text);
        Assert.True(mentions.Any(m => m.Name == name), SourceTestText.Describe(mentions));
        Assert.DoesNotContain(mentions, m => m.Name is "ministry" or "emir" or "Xi" or "company" or "state oil giant" or "analysts");
    }

    [Theory]
    [InlineData("The home secretary, Suella Braverman, told MPs on Tuesday that the bill would pass.", "MPs")]
    [InlineData("Pierre Lefevre, a volunteer with the charity Utopia 56, said police had cleared a camp.", "police")]
    [InlineData("Huawei Technologies Co. agreed to build a cloud region in Riyadh.", "Huawei Technologies Co")]
    [InlineData("Opposition candidates won 29 seats, according to official results.", "official")]
    [InlineData("Others said the plan would fail.", "Others")]
    [InlineData("Markets expect a rate cut by June, while bond markets rallied.", "Markets")]
    [InlineData("The UAE recorded 1,200 new Covid-19 cases on Monday.", "UAE")]
    public void Extract_AddresseeObjectOrAdjective_IsNotASource(string sentence, string text)
    {
        var mentions = SourceTestText.Extract(sentence);
        Assert.DoesNotContain(mentions, m => m.Text == text);
    }

    [Fact]
    public void Extract_PossessiveName_EndsBeforeTheApostrophe()
    {
        var mentions = SourceTestText.Extract("DUBAI (Reuters) - Saudi Aramco's profit fell 25% last year, the state oil giant said on Sunday.");
        Assert.Contains(mentions, m => m.Text == "Saudi Aramco" && m.Name == "Saudi Aramco");
    }

    [Fact]
    public void Extract_TheTwoCompanies_AreBothBodiesNamedBefore()
    {
        var mentions = SourceTestText.Extract(
            "Microsoft will invest $1.5 billion in G42, the Abu Dhabi-based artificial intelligence group, the two companies announced on Tuesday.");
        Assert.Contains(mentions, m => m.Name == "Microsoft");
        Assert.Contains(mentions, m => m.Name == "G42");
        Assert.DoesNotContain(mentions, m => m.Name == "two companies");
    }

    [Fact]
    public void Extract_OfficeHeldByAPersonNamedEarlier_IsThatPerson()
    {
        var mentions = SourceTestText.Extract(
            "President Recep Tayyip Erdoğan won the runoff on Sunday. Addressing supporters, the 69-year-old president said the only winner was Türkiye.");
        var speaker = Assert.Single(mentions);
        Assert.Equal(SourceKind.Person, speaker.Kind);
        Assert.Contains("Erdo", speaker.Name, StringComparison.Ordinal);
    }
}
