using Dashboard.Data.Queries;

namespace Dashboard.Web.Hosting;

public static class QueryRegistration
{
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services) => services
        .AddSingleton<OverviewQuery>()
        .AddSingleton<CaptionQuery>()
        .AddSingleton<PlacesQuery>()
        .AddSingleton<TimelineQuery>()
        .AddSingleton<CostsQuery>()
        .AddSingleton<FiguresQuery>()
        .AddSingleton<SourcesQuery>()
        .AddSingleton<DocumentsQuery>()
        .AddSingleton<ConflictsQuery>()
        .AddSingleton<FilterChoicesQuery>();
}
