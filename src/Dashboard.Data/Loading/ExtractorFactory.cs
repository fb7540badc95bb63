using Dashboard.Core.Extraction;
using Dashboard.Core.Places;
using Dashboard.Core.Sources;
using Dashboard.Data.Gazetteer;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Loading;

/// <summary>An extractor that knows the built-in gazetteer plus the places imported into a database.</summary>
public static class ExtractorFactory
{
    public static ArticleExtractor ForDatabase(Database database) =>
        new(Core.Places.Gazetteer.BuiltIn.With(new ImportedPlaces(database).Load()), SourceCatalogue.BuiltIn);
}
