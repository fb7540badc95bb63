using Dashboard.Core.Events;
using Dashboard.Core.Facts;
using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Events;

public class EventBuilderTests
{
    [Fact]
    public void Build_SentenceWithResolvedDate_BecomesAnEventWithItsPlaces()
    {
        var text = new AnalyzedText("عنوان\nيلتقي الوزراء غدا في بروكسل. لا تاريخ هنا.");
        var brussels = new Place("be-brussels", "Brussels", "بروكسل", PlaceKind.City, "BE", 50.85, 4.35);
        var events = EventBuilder.Build(
            text,
            [new DateMention("غدا", 0, 3, 1, "2016-02-11", DatePrecision.Day, true), new DateMention("x", 0, 1, 2, null, DatePrecision.Day, true)],
            [],
            [new PlaceMention("بروكسل", 0, 6, 1, brussels)],
            []);
        var single = Assert.Single(events);
        Assert.Equal((1, "2016-02-11"), (single.Sentence, single.Date));
        Assert.Equal(["be-brussels"], single.PlaceKeys);
        Assert.Equal("يلتقي الوزراء غدا في بروكسل.", single.Label);
    }

    [Fact]
    public void Label_LongSentence_IsCutAtAWordWithAnEllipsis()
    {
        var label = EventBuilder.Label(string.Join(' ', Enumerable.Repeat("كلمة", 60)));
        Assert.True(label.Length <= EventBuilder.LabelLength + 1);
        Assert.EndsWith("كلمة…", label, StringComparison.Ordinal);
    }
}
