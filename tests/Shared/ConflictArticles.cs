using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;
using Dashboard.Data.Schema;
using Dashboard.Data.Storing;

namespace Dashboard.Tests.Shared;

/// <summary>A figure set by hand: the exact text it covers, what it counts, and who it is attributed to.</summary>
public sealed record FigureSpec(string Text, double Value, string Unit, string Counted, FigureCategory Category)
{
    public string? Source { get; init; }

    public RatePeriod? Per { get; init; }

    public bool Approx { get; init; }

    public FigureBound Bound { get; init; } = FigureBound.Exact;
}

/// <summary>
/// Articles whose figures disagree, with facts set by hand (so tests do not depend on extraction): the data of
/// the conflict tests in the data, web and browser test projects. Linked into each of them from tests/Shared.
/// </summary>
public static class ConflictArticles
{
    public const string UnhcrText = """
        Displacement around Aleppo grows
        The UN refugee agency UNHCR said on Feb. 6, 2016 that 120,000 people had been displaced around Aleppo.
        Aid convoys are waiting at the Turkish border.
        """;

    public const string ObservatoryText = """
        نزوح واسع من حلب
        وقال المرصد السوري لحقوق الإنسان يوم 15 فبراير 2016 إن 200 ألف شخص نزحوا من حلب وريفها.
        وتتواصل الغارات على المدينة.
        """;

    public const string PentagonText = """
        What the air war costs
        The air campaign began on Aug. 8, 2014.
        By Jan. 28, 2016 it had cost 5.8 billion dollars, the Pentagon said.
        It costs 11.4 million dollars a day on average.
        """;

    public const string EstimateText = """
        تقدير جديد لكلفة الحرب
        وقدر مركز الدراسات يوم 9 فبراير 2016 كلفة الحملة بنحو 7 مليارات دولار.
        """;

    public const string UnhcrTitle = "Displacement around Aleppo grows";
    public const string ObservatoryTitle = "نزوح واسع من حلب";
    public const string UnhcrSentence = "The UN refugee agency UNHCR said on Feb. 6, 2016 that 120,000 people had been displaced around Aleppo.";

    /// <summary>The two displacement reports: UNHCR's 120,000 and the Observatory's 200,000, nine days apart.</summary>
    public static ArticleFacts Unhcr() => Build(UnhcrText, "en", UnhcrTitle, "Test Wire", new DateOnly(2016, 2, 7),
        dates: [("Feb. 6, 2016", "2016-02-06")],
        figures: [new("120,000 people", 120_000, "people", "people displaced around Aleppo", FigureCategory.Displaced) { Source = "UNHCR" }],
        sources: [("UNHCR", "UNHCR")]);

    public static ArticleFacts Observatory() => Build(ObservatoryText, "ar", ObservatoryTitle, "Test Arabic", new DateOnly(2016, 2, 15),
        dates: [("15 فبراير 2016", "2016-02-15")],
        figures: [new("200 ألف شخص", 200_000, "people", "displaced people in Aleppo", FigureCategory.Displaced) { Source = "Syrian Observatory for Human Rights" }],
        sources: [("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights")]);

    /// <summary>A total and a daily rate of the campaign's cost, and the start date of the campaign.</summary>
    public static ArticleFacts Pentagon() => Build(PentagonText, "en", "What the air war costs", "Test Wire", new DateOnly(2016, 2, 10),
        dates: [("Aug. 8, 2014", "2014-08-08"), ("Jan. 28, 2016", "2016-01-28")],
        figures:
        [
            new("5.8 billion dollars", 5.8e9, "USD", "cost of the campaign so far", FigureCategory.Money) { Source = "Pentagon" },
            new("11.4 million dollars a day", 11.4e6, "USD", "daily cost of the campaign", FigureCategory.Money) { Source = "Pentagon", Per = RatePeriod.Day },
        ],
        sources: [("Pentagon", "Pentagon")]);

    /// <summary>An approximate total of the same cost that does not meet 5.8 billion: about 7 billion (6.3–7.7).</summary>
    public static ArticleFacts Estimate() => Build(EstimateText, "ar", "تقدير جديد لكلفة الحرب", "Test Arabic", new DateOnly(2016, 2, 9),
        dates: [("9 فبراير 2016", "2016-02-09")],
        figures: [new("نحو 7 مليارات دولار", 7e9, "USD", "campaign costs", FigureCategory.Money) { Source = "Center for Studies", Approx = true, Bound = FigureBound.About }],
        sources: [("مركز الدراسات", "Center for Studies")]);

    /// <summary>Stores the four articles in the database file (creating its schema when new).</summary>
    public static void StoreAll(string databasePath)
    {
        var database = new Database(databasePath).Initialize();
        var store = new DocumentStore(database);
        foreach (var article in new[] { Unhcr(), Observatory(), Pentagon(), Estimate() })
        {
            store.Store(article);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public static ArticleFacts Build(
        string text,
        string language,
        string title,
        string outlet,
        DateOnly? published,
        IReadOnlyList<(string Text, string Value)> dates,
        IReadOnlyList<FigureSpec> figures,
        IReadOnlyList<(string Text, string Name)> sources)
    {
        var analyzed = new AnalyzedText(text);
        int Start(string part) => text.IndexOf(part, StringComparison.Ordinal) is var i and >= 0 ? i : throw new ArgumentException($"'{part}' is not in the text.");
        int SentenceAt(int start) => analyzed.Sentences.First(s => s.Start <= start && start < s.End).Index;
        var dateMentions = dates.Select(d => new DateMention(d.Text, Start(d.Text), Start(d.Text) + d.Text.Length, SentenceAt(Start(d.Text)), d.Value, DateValue.PrecisionOf(d.Value), false)).ToList();
        var figureMentions = figures.Select(f => new FigureMention(f.Text, Start(f.Text), Start(f.Text) + f.Text.Length, SentenceAt(Start(f.Text)), f.Value, f.Unit, f.Per, f.Approx, f.Counted, f.Category)
        {
            Bound = f.Bound,
            Source = f.Source,
        }).ToList();
        var sourceMentions = sources.Select(s => new SourceMention(s.Text, Start(s.Text), Start(s.Text) + s.Text.Length, SentenceAt(Start(s.Text)), s.Name, SourceKind.Organization)).ToList();
        return new ArticleFacts(
            new DocumentInfo(title, language, published, published is null ? PublishedBasis.Unknown : PublishedBasis.Metadata, outlet, null),
            text, analyzed.Sentences, dateMentions, figureMentions, [], sourceMentions,
            EventBuilder.Build(analyzed, dateMentions, figureMentions, [], sourceMentions));
    }
}
