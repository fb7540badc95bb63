using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests;

/// <summary>What an exported chart's caption is built from: the filtered documents' outlets and the filter's place names.</summary>
public sealed class CaptionQueryTests : IDisposable
{
    private readonly TestDatabase test = new();

    public CaptionQueryTests()
    {
        var store = new DocumentStore(test.Database);
        store.Store(SampleArticles.MosulArticle());
        store.Store(SampleArticles.KuwaitArticle());
    }

    [Fact]
    public async Task Get_NoFilter_CountsEveryDocumentByOutlet()
    {
        var facts = await new CaptionQuery(test.Database).GetAsync(Filter.Empty);
        Assert.Equal(2, facts.Documents);
        var outlet = Assert.Single(facts.Outlets);
        Assert.Equal(("Test outlet", 2L), (outlet.Outlet, outlet.Documents));
        Assert.Empty(facts.Places);
    }

    [Fact]
    public async Task Get_PlaceFilter_CountsOnlyTheDocumentsNamingItAndNamesThePlacesInFilterOrder()
    {
        var facts = await new CaptionQuery(test.Database).GetAsync(new Filter { Places = ["sy-raqqa", "iq-mosul", "xx-unknown"] });
        Assert.Equal(1, facts.Documents);
        Assert.Equal([("sy-raqqa", "Raqqa", "الرقة"), ("iq-mosul", "Mosul", "الموصل")], facts.Places.Select(p => (p.Key, p.Name, p.NameAr)));
    }

    [Fact]
    public async Task Get_NothingMatches_HasNoDocumentsAndNoOutlets()
    {
        var facts = await new CaptionQuery(test.Database).GetAsync(new Filter { Text = "لا يوجد هذا النص" });
        Assert.Equal(0, facts.Documents);
        Assert.Empty(facts.Outlets);
    }

    public void Dispose() => test.Dispose();
}
