using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;
using Dashboard.Data.Schema;
using Dashboard.Data.Storing;

namespace Dashboard.Tests.Shared;

/// <summary>
/// Hand-made articles for the export tests (HTTP and browser), stored with the data layer before the app starts, so
/// the tests do not depend on how well extraction does on the seeds. Facts are given by the exact text they cover.
/// One document is hostile: its title starts like a spreadsheet formula and one of its figures carries markup.
/// </summary>
public static class ExportSamples
{
    public const string FormulaTitle = "=cmd|' /C calc'!A0";
    public const string ScriptText = "<script>alert(1)</script>";
    public const string MosulTitle = "واشنطن تسعى لتعزيز التحالف ضد تنظيم الدولة";
    public const string MosulOutlet = "الجزيرة نت";
    public const string KuwaitOutlet = "BBC Arabic";
    public const string CampaignCost = "تكلفة الحملة العسكرية";

    public static readonly Place Mosul = new("iq-mosul", "Mosul", "الموصل", PlaceKind.City, "IQ", 36.34, 43.13);
    public static readonly Place Raqqa = new("sy-raqqa", "Raqqa", "الرقة", PlaceKind.City, "SY", 35.95, 39.01);
    public static readonly Place Kuwait = new("kw-kuwait-city", "Kuwait City", "الكويت", PlaceKind.City, "KW", 29.37, 47.98);
    public static readonly Place Aleppo = new("sy-aleppo", "Aleppo", "حلب", PlaceKind.City, "SY", 36.2, 37.16);
    public static readonly Place Iraq = new("iq", "Iraq", "العراق", PlaceKind.Country, "IQ", 33.0, 44.0);

    private const string MosulText = """
        واشنطن تسعى لتعزيز التحالف ضد تنظيم الدولة
        وقال كارتر إن تكلفة الحملة العسكرية بلغت 5.8 مليارات دولار حتى 28 يناير 2016.
        وأضاف أن الحملة تكلف 11.4 مليون دولار يوميا في العراق.
        والهدف استعادة الموصل والرقة من التنظيم بحسب أسوشيتد برس.
        """;

    private const string KuwaitText = """
        اجتماع في الكويت
        قال مسؤول عسكري إن نحو 1500 مسلح قتلوا قبل خمسة أشهر.
        وتعهدت الكويت بتقديم 20 مليون دولار مساعدات للنازحين.
        """;

    private const string HostileText = """
        تقرير من حلب
        وجمعت حملة التبرعات 3 ملايين دولار في حلب يوم 1 فبراير 2016.
        """;

    /// <summary>Stores the three articles in the SQLite file at <paramref name="databasePath"/> (created and migrated if new).</summary>
    public static void Fill(string databasePath)
    {
        var database = new Database(databasePath).Initialize();
        var store = new DocumentStore(database);
        store.Store(MosulArticle());
        store.Store(KuwaitArticle());
        store.Store(HostileArticle());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public static ArticleFacts MosulArticle() => Build(MosulText, MosulTitle, MosulOutlet, new DateOnly(2016, 2, 10),
        dates: [("28 يناير 2016", "2016-01-28")],
        figures:
        [
            ("5.8 مليارات دولار", 5_800_000_000, "USD", null, CampaignCost, FigureCategory.Money),
            ("11.4 مليون دولار يوميا", 11_400_000, "USD", RatePeriod.Day, "تكلفة الحملة اليومية", FigureCategory.Money),
        ],
        places: [("الموصل", Mosul), ("والرقة", Raqqa), ("العراق", Iraq)],
        sources: [("كارتر", "Ash Carter", SourceKind.Person), ("أسوشيتد برس", "Associated Press", SourceKind.Agency)]);

    public static ArticleFacts KuwaitArticle() => Build(KuwaitText, "اجتماع في الكويت", KuwaitOutlet, new DateOnly(2015, 2, 22),
        dates: [("قبل خمسة أشهر", "2014-09")],
        figures:
        [
            ("نحو 1500 مسلح", 1500, "people", null, "مسلح", FigureCategory.Casualties),
            ("20 مليون دولار", 20_000_000, "USD", null, "مساعدات للنازحين", FigureCategory.Money),
        ],
        places: [("الكويت", Kuwait)],
        sources: [("مسؤول عسكري", "military official", SourceKind.Person)]);

    /// <summary>A document whose title is a spreadsheet formula and whose figure's label is markup: both must stay inert text.</summary>
    public static ArticleFacts HostileArticle() => Build(HostileText, FormulaTitle, "=HYPERLINK(\"http://example.invalid\")", new DateOnly(2016, 2, 2),
        dates: [("1 فبراير 2016", "2016-02-01")],
        figures: [("3 ملايين دولار", 3_000_000, "USD", null, ScriptText + " تبرعات", FigureCategory.Money)],
        places: [("حلب", Aleppo)],
        sources: []);

    private static ArticleFacts Build(
        string text,
        string title,
        string outlet,
        DateOnly published,
        IReadOnlyList<(string Text, string Value)> dates,
        IReadOnlyList<(string Text, double Value, string Unit, RatePeriod? Per, string Counted, FigureCategory Category)> figures,
        IReadOnlyList<(string Text, Place Place)> places,
        IReadOnlyList<(string Text, string Name, SourceKind Kind)> sources)
    {
        var analyzed = new AnalyzedText(text);
        int Start(string part) => text.IndexOf(part, StringComparison.Ordinal) is var i and >= 0 ? i : throw new ArgumentException($"'{part}' is not in the text.");
        int SentenceAt(int start) => analyzed.Sentences.First(s => s.Start <= start && start < s.End).Index;
        var dateMentions = dates.Select(d => new DateMention(d.Text, Start(d.Text), Start(d.Text) + d.Text.Length, SentenceAt(Start(d.Text)), d.Value, DateValue.PrecisionOf(d.Value), false)).ToList();
        var figureMentions = figures.Select(f => new FigureMention(f.Text, Start(f.Text), Start(f.Text) + f.Text.Length, SentenceAt(Start(f.Text)), f.Value, f.Unit, f.Per, false, f.Counted, f.Category)).ToList();
        var placeMentions = places.Select(p => new PlaceMention(p.Text, Start(p.Text), Start(p.Text) + p.Text.Length, SentenceAt(Start(p.Text)), p.Place)).ToList();
        var sourceMentions = sources.Select(s => new SourceMention(s.Text, Start(s.Text), Start(s.Text) + s.Text.Length, SentenceAt(Start(s.Text)), s.Name, s.Kind)).ToList();
        return new ArticleFacts(
            new DocumentInfo(title, "ar", published, PublishedBasis.Metadata, outlet, null),
            text, analyzed.Sentences, dateMentions, figureMentions, placeMentions, sourceMentions,
            EventBuilder.Build(analyzed, dateMentions, figureMentions, placeMentions, sourceMentions));
    }
}
