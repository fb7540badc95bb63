namespace Dashboard.Core.Tests.Dates;

/// <summary>
/// Years and months counted from the date the text just gave ("the year before", "العام السابق"), from the
/// publication date when there is none nearby, and "the year" of a part of it ("the first nine months of the year").
/// </summary>
public class AnaphoricDateTests
{
    [Theory]
    [InlineData("2024-01-02", "Oman posted a surplus of 931 million rials in 2023, after a surplus of 1.15 billion rials the year before.", "2023 = 2023 | the year before = 2022")]
    [InlineData("2023-11-13", "Emirates reported a profit for the six months to September 30, up 138 per cent from a year earlier.", "September 30 = 2023-09-30 | a year earlier = 2022")]
    [InlineData("2024-02-06", "Exports fell 5% in 2019 from the previous year.", "2019 = 2019 | the previous year = 2018")]
    [InlineData("2024-02-06", "The plant opened in 2015 and doubled its output a year later.", "2015 = 2015 | a year later = 2016")]
    [InlineData("2024-02-06", "Inflation eased to 4% in January from 5% the previous month.", "January = 2024-01 | the previous month = 2023-12")]
    [InlineData("2024-02-06", "وسجل الاقتصاد نموا بنسبة 3% في 2019 بعد انكماش في العام الذي سبقه.", "2019 = 2019 | العام الذي سبقه = 2018")]
    [InlineData("2024-02-06", "وارتفعت الصادرات العام الماضي بنسبة 5% مقارنة بالعام السابق.", "العام الماضي = 2023 | العام السابق = 2022")]
    [InlineData("2024-02-06", "وتراجع التضخم في يناير إلى 4% مقارنة بـ5% في الشهر السابق.", "يناير = 2024-01 | الشهر السابق = 2023-12")]
    [InlineData("2024-02-06", "وافتتح المصنع عام 2012 وبدأ التصدير في السنة التالية.", "عام 2012 = 2012 | السنة التالية = 2013")]
    public void Extract_PeriodCountedFromTheDateBefore(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    [Theory]
    [InlineData("2024-03-20", "وقع الهجوم في 14 فبراير/شباط، وفي اليوم التالي أعلنت الحكومة الحداد.", "14 فبراير/شباط = 2024-02-14 | اليوم التالي = 2024-02-15")]
    [InlineData("2024-03-20", "The attack happened on March 3. The following day, the government declared mourning.", "March 3 = 2024-03-03 | The following day = 2024-03-04")]
    [InlineData("2024-03-20", "Protesters gathered on Friday and police cleared the square the next day.", "Friday = 2024-03-15 | the next day = 2024-03-16")]
    [InlineData("2024-03-20", "The ceasefire took hold on March 5, a day after the talks ended.", "March 5 = 2024-03-05")]
    [InlineData("2024-05-14", "The ceasefire, agreed on Nov. 24, collapsed a week later.", "Nov. 24 = 2023-11-24 | a week later = 2023-12-01")]
    [InlineData("2024-05-14", "He was arrested on 3 May and released a week later.", "3 May = 2024-05-03 | a week later = 2024-05-10")]
    public void Extract_DayCountedFromTheDayBefore(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    [Theory]
    [InlineData("وفي اليوم التالي أعلنت الحكومة الحداد.")]
    [InlineData("Police cleared the square the next day.")]
    [InlineData("Sales fell the previous week.")]
    [InlineData("Prices doubled a week later.")]
    public void Extract_DayCountedFromNothing_IsDropped(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, "2024-03-20"));
    }

    [Theory]
    [InlineData("2024-02-06", "وارتفعت المبيعات بنسبة 4% مقارنة بالعام السابق.", "العام السابق = 2023")]
    [InlineData("2024-02-06", "Sales rose 4% from a year earlier.", "a year earlier = 2023")]
    [InlineData("2023-11-13", "Dubai International handled 66.1 million passengers in the first nine months of the year.", "the year = 2023")]
    [InlineData("2024-08-06", "وبلغ العجز 3 مليارات دولار في النصف الأول من العام.", "العام = 2024")]
    [InlineData("2024-08-06", "وسجلت الشركة أرباحا في الأشهر الستة الأولى من العام.", "العام = 2024")]
    public void Extract_WithNoDateNearby_CountsFromPublication(string published, string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, published));
    }

    [Theory]
    [InlineData("ويتوقع البنك نموا في العام السابق للانتخابات.")]
    [InlineData("Growth was strong the year before the war.")]
    [InlineData("Exports rose in the year before last and fell since.")]
    [InlineData("وعقدت الجلسة في العام نفسه.")]
    public void Extract_PeriodCountedFromAnEvent_IsNotADate(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, "2024-02-06"));
    }
}
