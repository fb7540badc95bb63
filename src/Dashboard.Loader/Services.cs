using Dashboard.Core.Extraction;
using Dashboard.Data.Loading;
using Dashboard.Data.Schema;
using Dashboard.Data.Storing;

namespace Dashboard.Loader;

/// <summary>Builds the loading pipeline over one database, with the places that database imported.</summary>
public static class Services
{
    public static ArticleLoader CreateLoader(Database database) =>
        new(new DocumentStore(database), ExtractorFactory.ForDatabase(database));
}
