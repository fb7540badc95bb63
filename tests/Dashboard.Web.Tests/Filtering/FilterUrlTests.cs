using Dashboard.Core.Facts;
using Dashboard.Core.Filtering;
using Dashboard.Web.Features.Filtering;

namespace Dashboard.Web.Tests.Filtering;

/// <summary>The filter lives in the URL: applying one rewrites the filter's parameters and nothing else.</summary>
public sealed class FilterUrlTests
{
    private static string Applied(string start, Filter filter)
    {
        var navigation = new FilteredPageTests.TestNavigation();
        navigation.NavigateTo(start);
        FilterUrl.Apply(navigation, filter);
        return navigation.Uri;
    }

    [Fact]
    public void Apply_OnAnAnchoredPage_PutsTheQueryBeforeDroppingTheAnchor()
    {
        var uri = Applied("/documents/1#s3", new Filter { Places = ["iq-mosul"] });
        Assert.Equal("http://localhost/documents/1?place=iq-mosul", uri);
    }

    [Fact]
    public void Apply_KeepsTheReadersSentenceAndReplacesTheOldFilter()
    {
        var uri = Applied("/documents/1?sentence=3&place=sy-raqqa&cat=money#s3", new Filter { Places = ["iq-mosul", "sy-raqqa"], Categories = [FigureCategory.Casualties] });
        Assert.Equal(["iq-mosul", "sy-raqqa"], FilterUrl.Parse(uri).Places);
        Assert.Equal([FigureCategory.Casualties], FilterUrl.Parse(uri).Categories);
        Assert.Contains("sentence=3", uri, StringComparison.Ordinal);
        Assert.DoesNotContain("#", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_EmptyFilter_LeavesNoFilterParameters()
    {
        var uri = Applied("/map?place=iq-mosul&from=2016-01-01&q=%D8%AE%D8%B7%D8%A9", Filter.Empty);
        Assert.Equal("http://localhost/map", uri);
    }
}
