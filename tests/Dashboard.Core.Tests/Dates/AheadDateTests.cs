namespace Dashboard.Core.Tests.Dates;

/// <summary>
/// Counting forward from publication in a sentence about the future ("بعد أسبوعين", "in two weeks"); counting from an
/// event or within a past narrative is no date.
/// </summary>
public class AheadDateTests
{
    private const string Published = "2024-03-20";

    [Theory]
    [InlineData("وسيصل الوفد بعد أسبوعين إلى الرياض.", "بعد أسبوعين = 2024-04-03")]
    [InlineData("وسيصل الوفد بعد ثلاثة أيام إلى الرياض.", "بعد ثلاثة أيام = 2024-03-23")]
    [InlineData("وستبدأ المحادثات بعد شهر.", "بعد شهر = 2024-04")]
    [InlineData("ومن المقرر أن تجرى الانتخابات بعد عامين.", "بعد عامين = 2026")]
    [InlineData("The delegation will arrive in two weeks.", "in two weeks = 2024-04-03")]
    [InlineData("The talks will resume in 10 days' time.", "in 10 days' time = 2024-03-30")]
    [InlineData("The deal will expire three months from now.", "three months from now = 2024-06")]
    public void Extract_CountForwardInAFutureSentence(string sentence, string expected)
    {
        Assert.Equal(expected, DateTestKit.Describe(sentence, Published));
    }

    [Theory]
    [InlineData("وبعد يومين أعلنت الحكومة الحداد.")]
    [InlineData("وستعقد الجولة المقبلة بعد يومين من الهجوم.")]
    [InlineData("وسيعود النازحون بعد أيام.")]
    [InlineData("Prices doubled in two weeks.")]
    [InlineData("The economy will recover in two years of reform.")]
    public void Extract_CountFromAnEventOrInThePast_IsNotADate(string sentence)
    {
        Assert.Equal("", DateTestKit.Describe(sentence, Published));
    }
}
