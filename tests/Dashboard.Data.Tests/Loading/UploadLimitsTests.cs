using Dashboard.Data.Loading;

namespace Dashboard.Data.Tests.Loading;

public class UploadLimitsTests
{
    private static readonly UploadLimits Limits = new(maxFiles: 3, maxFileBytes: 1000);

    [Theory]
    [InlineData("article.txt")]
    [InlineData("notes.md")]
    [InlineData("page.html")]
    [InlineData("PAGE.HTM")]
    public void Check_ArticleTypeWithinTheLimit_FindsNothingWrong(string name)
    {
        Assert.Null(Limits.Check(name, 1000));
    }

    [Theory]
    [InlineData("photo.png")]
    [InlineData("report.pdf")]
    [InlineData("article.txt.exe")]
    [InlineData("no-extension")]
    public void Check_OtherType_IsWrongType(string name)
    {
        Assert.Equal(UploadProblem.WrongType, Limits.Check(name, 10));
    }

    [Fact]
    public void Check_OneByteOverTheLimit_IsTooLarge()
    {
        Assert.Equal(UploadProblem.TooLarge, Limits.Check("big.txt", 1001));
    }

    [Fact]
    public void Check_NoBytes_IsEmpty()
    {
        Assert.Equal(UploadProblem.Empty, Limits.Check("empty.txt", 0));
    }

    [Fact]
    public void Admit_MoreFilesThanTheLimit_TakesTheFirstAndCountsTheRest()
    {
        var (taken, leftOut) = Limits.Admit(["a", "b", "c", "d", "e"]);
        Assert.Equal(["a", "b", "c"], taken);
        Assert.Equal(2, leftOut);
    }

    [Fact]
    public void Admit_WithinTheLimit_TakesAll()
    {
        var (taken, leftOut) = Limits.Admit(["a", "b", "c"]);
        Assert.Equal(3, taken.Count);
        Assert.Equal(0, leftOut);
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(3, 0)]
    public void Constructor_NothingAllowed_Throws(int maxFiles, long maxFileBytes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UploadLimits(maxFiles, maxFileBytes));
    }
}
