namespace Dashboard.Core.Tests.Dates;

public class EnglishDateTests
{
    private const string Published = "2016-02-10";

    [Theory]
    [InlineData("FILE - In this Jan. 28, 2016 file photo, Ash Carter speaks.", "Jan. 28, 2016 = 2016-01-28")]
    [InlineData("The deal was signed on January 28, 2016, in Vienna.", "January 28, 2016 = 2016-01-28")]
    [InlineData("The deal was signed on 28 January 2016 in Vienna.", "28 January 2016 = 2016-01-28")]
    [InlineData("He was born on the 4th of July 1950.", "4th of July 1950 = 1950-07-04")]
    [InlineData("The report is dated 2016-01-28.", "2016-01-28 = 2016-01-28")]
    [InlineData("The order was issued on 1/28/2016.", "1/28/2016 = 2016-01-28")]
    [InlineData("The order was issued on 28/1/2016.", "28/1/2016 = 2016-01-28")]
    [InlineData("Sept. 14, 2019 saw attacks on two oil plants.", "Sept. 14, 2019 = 2019-09-14")]
    [InlineData("Voting ran from Oct. 10-12, 2015.", "Oct. 10-12, 2015 = 2015-10-10 | 12 = 2015-10-12")]
    public void Extract_EnglishDays_GiveTheDay(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("The uprising began in March 2011.", "March 2011 = 2011-03")]
    [InlineData("Growth slowed in mid-2015.", "2015 = 2015")]
    [InlineData("Prices collapsed in late 2014.", "2014 = 2014")]
    [InlineData("The group seized Mosul in 2014.", "2014 = 2014")]
    [InlineData("Refugee numbers rose from 2011 to 2015.", "2011 = 2011 | 2015 = 2015")]
    [InlineData("Oil output doubled between 2011 and 2015.", "2011 = 2011 | 2015 = 2015")]
    [InlineData("The 2011 uprising toppled the president.", "2011 = 2011")]
    [InlineData("Tourism spending rose 6.5 percent on 2017.", "2017 = 2017")]
    [InlineData("The UK will resettle 20,000 refugees by 2020.", "2020 = 2020")]
    public void Extract_EnglishMonthsAndYears(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("The ceasefire agreed on Jan. 28 is holding.", "Jan. 28 = 2016-01-28")]
    [InlineData("Elections will be held on March 20.", "March 20 = 2016-03-20")]
    [InlineData("The agency raised its forecast in December.", "December = 2015-12")]
    [InlineData("Last March, the army retook the town.", "March = 2015-03")]
    [InlineData("Talks will resume next May.", "May = 2016-05")]
    [InlineData("November prices will be announced next week.", "November = 2016-11 | next week = 2016-02-17")]
    [InlineData("The strike started in March last year.", "March last year = 2015-03")]
    [InlineData("During Ramadan, prices rose.", "Ramadan = 2015-06")]
    [InlineData("On Dec. 31, the central bank will publish new figures.", "Dec. 31 = 2016-12-31")]
    [InlineData("Turkey shot down a Russian warplane on November 24.", "November 24 = 2015-11-24")]
    [InlineData("The IMF forecast in July that the economy would grow.", "July = 2015-07")]
    [InlineData("A committee will review the plan, and ministers meet again on Oct. 3.", "Oct. 3 = 2016-10-03")]
    [InlineData("The talks, which began on Jan. 25, will resume on Feb. 25.", "Jan. 25 = 2016-01-25 | Feb. 25 = 2016-02-25")]
    public void Extract_EnglishDatesWithoutYear_TakeTheNearestByTense(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("The order was issued on 3/4/2016.")]
    [InlineData("He may resign, officials said.")]
    [InlineData("The March on Washington drew thousands.")]
    [InlineData("June Carter sang at the festival.")]
    [InlineData("The 2,000 troops arrived in 2 hours.")]
    [InlineData("The anniversary of 9/11 was marked quietly.")]
    [InlineData("Resolution 2254 calls for elections.")]
    [InlineData("The F-16 crashed at 10:30 local time.")]
    [InlineData("More than 2000 people fled.")]
    [InlineData("The company employs 2015 people in 15 countries.")]
    public void Extract_EnglishNonDates_AreIgnored(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }
}
