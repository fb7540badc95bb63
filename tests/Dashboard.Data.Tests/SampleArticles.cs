using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Data.Tests;

/// <summary>
/// Articles with facts set by hand, so storage and query tests do not depend on how well extraction works.
/// Each fact is given by the exact text it covers; its span and sentence are found in the article.
/// </summary>
public static class SampleArticles
{
    public static readonly Place Mosul = new("iq-mosul", "Mosul", "الموصل", PlaceKind.City, "IQ", 36.34, 43.13);
    public static readonly Place Raqqa = new("sy-raqqa", "Raqqa", "الرقة", PlaceKind.City, "SY", 35.95, 39.01);
    public static readonly Place Kuwait = new("kw-kuwait-city", "Kuwait City", "الكويت", PlaceKind.City, "KW", 29.37, 47.98);

    public const string MosulText = """
        خطة لاستعادة الموصل
        وقال كارتر إن الحملة كلفت 5.8 مليارات دولار حتى 28 يناير 2016.
        والرقة معقل التنظيم في سوريا.
        """;

    public const string KuwaitText = """
        اجتماع في الكويت
        قال مسؤول عسكري إن نحو 1500 مسلح قتلوا في الكويت قبل خمسة أشهر.
        """;

    public static ArticleFacts MosulArticle(string? text = null) => Build(text ?? MosulText, new DateOnly(2016, 2, 10),
        dates: [("28 يناير 2016", "2016-01-28")],
        figures: [("5.8 مليارات دولار", 5_800_000_000, "USD", FigureCategory.Money)],
        places: [("الموصل", Mosul), ("والرقة", Raqqa)],
        sources: [("كارتر", "Ash Carter")]);

    public static ArticleFacts KuwaitArticle() => Build(KuwaitText, new DateOnly(2015, 2, 22),
        dates: [("قبل خمسة أشهر", "2014-09")],
        figures: [("نحو 1500 مسلح", 1500, "people", FigureCategory.Casualties)],
        places: [("الكويت", Kuwait)],
        sources: [("مسؤول عسكري", "military official")]);

    public static ArticleFacts Build(
        string text,
        DateOnly? published,
        IReadOnlyList<(string Text, string Value)> dates,
        IReadOnlyList<(string Text, double Value, string Unit, FigureCategory Category)> figures,
        IReadOnlyList<(string Text, Place Place)> places,
        IReadOnlyList<(string Text, string Name)> sources)
    {
        var analyzed = new AnalyzedText(text);
        int Start(string part) => text.IndexOf(part, StringComparison.Ordinal) is var i and >= 0 ? i : throw new ArgumentException($"'{part}' is not in the text.");
        int SentenceAt(int start) => analyzed.Sentences.First(s => s.Start <= start && start < s.End).Index;
        var dateMentions = dates.Select(d => new DateMention(d.Text, Start(d.Text), Start(d.Text) + d.Text.Length, SentenceAt(Start(d.Text)), d.Value, DateValue.PrecisionOf(d.Value), false)).ToList();
        var figureMentions = figures.Select(f => new FigureMention(f.Text, Start(f.Text), Start(f.Text) + f.Text.Length, SentenceAt(Start(f.Text)), f.Value, f.Unit, null, false, "counted", f.Category)).ToList();
        var placeMentions = places.Select(p => new PlaceMention(p.Text, Start(p.Text), Start(p.Text) + p.Text.Length, SentenceAt(Start(p.Text)), p.Place)).ToList();
        var sourceMentions = sources.Select(s => new SourceMention(s.Text, Start(s.Text), Start(s.Text) + s.Text.Length, SentenceAt(Start(s.Text)), s.Name, SourceKind.Person)).ToList();
        return new ArticleFacts(
            new DocumentInfo("title", "ar", published, published is null ? PublishedBasis.Unknown : PublishedBasis.Metadata, "Test outlet", null),
            text, analyzed.Sentences, dateMentions, figureMentions, placeMentions, sourceMentions,
            EventBuilder.Build(analyzed, dateMentions, figureMentions, placeMentions, sourceMentions));
    }
}
