using Dashboard.Data.Loading;
using Dashboard.Data.Queries;
using Dashboard.Data.Schema;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>On the first start, with an empty database, loads the seed articles and logs what it loaded.</summary>
public sealed class SeedLoader(Database database, ArticleLoader loader, IOptions<DashboardOptions> options, ILogger<SeedLoader> logger)
{
    public void LoadWhenEmpty()
    {
        var settings = options.Value;
        if (!settings.LoadSeedsWhenEmpty || new StatsQuery(database).Get().Documents > 0)
        {
            return;
        }
        var folder = DataPaths.Resolve(settings.Seeds);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The database {Database} is empty and there is no seeds folder at {Folder}", database.Path, folder);
            return;
        }
        var results = ArticleLoader.FindArticles([folder]).Select(loader.LoadFile).ToList();
        foreach (var failed in results.Where(r => r.Status == LoadStatus.Failed))
        {
            logger.LogError("Seed {Name} was not loaded: {Error}", failed.Name, failed.Error);
        }
        logger.LogInformation(
            "Loaded {Loaded} seed article(s) from {Folder} into {Database}: {Facts} facts",
            results.Count(r => r.Status == LoadStatus.Loaded), folder, database.Path,
            results.Sum(r => r.Outcome is { } o ? o.Dates + o.Figures + o.Places + o.Sources : 0));
    }
}
