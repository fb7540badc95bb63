using Dashboard.Core.Text;

namespace Dashboard.Core.Tests.Text;

public class SearchTextTests
{
    [Theory]
    [InlineData("والرقة معقله في سوريا", "الرقه")]
    [InlineData("معارك بالرقة", "الرقة")]
    [InlineData("إلى الرقه", "رقة")]
    [InlineData("Mosul and Raqqa", "raqqa")]
    public void IndexForm_PrefixedArabicWord_IsFoundByTheBareQuery(string sentence, string query)
    {
        var indexed = SearchText.IndexForm(sentence).Split(' ');
        Assert.All(SearchText.QueryTerms(query), term => Assert.Contains(term, indexed));
    }
}
