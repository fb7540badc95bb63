using Dashboard.Data.Loading;
using Dashboard.Data.Queries;
using Dashboard.Data.Storing;

namespace Dashboard.Data.Tests;

/// <summary>The filter bar offers every stored place and source, read again only when the data changes.</summary>
public sealed class FilterChoicesQueryTests : IDisposable
{
    private readonly TestDatabase test = new();
    private readonly DataVersion version = new();
    private readonly DocumentStore store;

    public FilterChoicesQueryTests()
    {
        store = new DocumentStore(test.Database);
        store.Store(SampleArticles.MosulArticle());
    }

    [Fact]
    public async Task Choices_AreThePlacesAndTheCitedSourcesAndOutlets()
    {
        var choices = await new FilterChoicesQuery(test.Database, version).GetAsync();
        Assert.Equal(["iq-mosul", "sy-raqqa"], choices.Places.Select(p => p.Key).Order());
        var mosul = Assert.Single(choices.Places, p => p.Key == "iq-mosul");
        Assert.Equal(("Mosul", "الموصل", "IQ", 1L), (mosul.Name, mosul.NameAr, mosul.Country, mosul.Mentions));
        Assert.Equal(["Ash Carter", "Test outlet"], choices.Sources.Order(StringComparer.Ordinal));
        var document = Assert.Single(choices.Documents);
        Assert.Equal(("title", "2016-02-10"), (document.Title, document.Published));
    }

    [Fact]
    public async Task Choices_Documents_NewestFirst()
    {
        store.Store(SampleArticles.KuwaitArticle());
        var choices = await new FilterChoicesQuery(test.Database, version).GetAsync();
        Assert.Equal(["2016-02-10", "2015-02-22"], choices.Documents.Select(d => d.Published));
    }

    [Fact]
    public async Task Choices_SameDataVersion_AreNotReadAgain()
    {
        var query = new FilterChoicesQuery(test.Database, version);
        var first = await query.GetAsync();
        store.Store(SampleArticles.KuwaitArticle());

        Assert.Same(first, await query.GetAsync());
        version.Bump();
        var after = await query.GetAsync();
        Assert.Contains(after.Places, p => p.Key == "kw-kuwait-city");
        Assert.Contains("military official", after.Sources);
    }

    public void Dispose() => test.Dispose();
}
