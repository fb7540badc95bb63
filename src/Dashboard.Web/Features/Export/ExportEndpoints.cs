using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Web.Features.Filtering;
using Dashboard.Web.Features.Shared;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Features.Export;

/// <summary>
/// The plain export URLs: GET /export/{timeline|map|costs|sources|figures}.{csv|json|svg}?{the page's filter}
/// [&amp;view=totals|rates|over-time][&amp;lang=ar|en]. A shared link gives the file; the data comes from the same
/// queries as the pages. PNG is not served here (no server-side rasteriser in the feed; see <see cref="ChartSvgs"/>).
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The figures table is exported whole up to this many rows (the rest is cut, and a header says so).</summary>
    public const int MaxFigureRows = 10_000;

    public const string TruncatedHeader = "X-Dashboard-Truncated";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{chart}.{format}", ExportAsync).WithName("Export");
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string chart, string format, HttpContext context, IServiceProvider services, IWebHostEnvironment environment, CancellationToken cancellationToken)
    {
        chart = chart.ToLowerInvariant();
        format = format.ToLowerInvariant();
        if (!ExportLinks.Supports(chart, format))
        {
            return Results.NotFound($"There is no export /export/{chart}.{format}. Charts: {string.Join(", ", ExportLinks.Charts)}; formats: csv, json, svg (not for figures).");
        }
        var query = context.Request.Query;
        if (Language(query) is { } language)
        {
            // Labels follow ?lang= when it is given; otherwise the language the request already carries (cookie, browser).
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        }
        var view = query.TryGetValue(ExportLinks.ViewParameter, out var views) ? views.ToString().ToLowerInvariant() : null;
        if (chart == ExportLinks.Costs && view is not (null or "" or ExportLinks.TotalsView or ExportLinks.RatesView or ExportLinks.OverTimeView))
        {
            return Results.BadRequest($"Unknown view '{view}': use {ExportLinks.TotalsView}, {ExportLinks.RatesView} or {ExportLinks.OverTimeView}.");
        }
        var filter = FilterUrl.Parse(context.Request.QueryString.Value ?? "");
        var L = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var request = context.Request;
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        string Link(long documentId, long? sentence) => root + DashboardUrls.Reader(documentId, sentence);
        var export = new Export(chart, format, view, filter, L, services, Link, environment.WebRootPath, cancellationToken);

        var (content, total) = format == ExportLinks.Svg ? (await export.SvgAsync(), null) : await export.TableAsync();
        var name = chart + (string.IsNullOrEmpty(view) ? "" : "-" + view);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        if (format == ExportLinks.Svg)
        {
            // The file holds article text: whatever it says, nothing in it may run or load.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:";
        }
        if (total is { } rows)
        {
            headers[TruncatedHeader] = new StringValues(rows.ToString(CultureInfo.InvariantCulture));
        }
        var contentType = format switch
        {
            ExportLinks.Csv => "text/csv; charset=utf-8",
            ExportLinks.Json => "application/json; charset=utf-8",
            _ => "image/svg+xml; charset=utf-8",
        };
        return Results.File(content, contentType, ExportLinks.FileName(name, format, DateOnly.FromDateTime(DateTime.Now)));
    }

    private static string? Language(IQueryCollection query) =>
        query.TryGetValue(ExportLinks.LanguageParameter, out var values) && values.ToString() is var value && UiCulture.Supported.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? value.ToLowerInvariant()
            : null;

    /// <summary>One export request: loads the chart's rows for the filter and writes them in the asked format.</summary>
    private sealed record Export(
        string Chart, string Format, string? View, Filter Filter, IStringLocalizer<SharedResource> L, IServiceProvider Services,
        ExportTables.ReaderLink Link, string? WebRoot, CancellationToken CancellationToken)
    {
        private T Query<T>()
            where T : notnull => Services.GetRequiredService<T>();

        public async Task<(byte[] Content, long? Total)> TableAsync()
        {
            var (table, total) = Chart switch
            {
                ExportLinks.Timeline => (ExportTables.Timeline(await Query<TimelineQuery>().EventsAsync(Filter, CancellationToken), L, Link), (long?)null),
                ExportLinks.Map => (ExportTables.Map(await Query<PlacesQuery>().CountsAsync(Filter, CancellationToken), L), null),
                ExportLinks.Sources => (ExportTables.Sources(await Query<SourcesQuery>().CountsAsync(Filter, CancellationToken), L, Link), null),
                ExportLinks.Costs when View == ExportLinks.OverTimeView => (ExportTables.CostPoints(await Query<CostsQuery>().PointsAsync(Filter, CancellationToken), L, Link), null),
                ExportLinks.Costs => (ExportTables.CostMeasures(Measures(await Query<CostsQuery>().MeasuresAsync(Filter, CancellationToken)), L, Link), null),
                _ => await FiguresAsync(),
            };
            return (Format == ExportLinks.Csv ? table.ToCsv() : table.ToJson(), total);
        }

        public async Task<byte[]> SvgAsync()
        {
            var caption = ChartCaptions.Build(Filter, await Query<CaptionQuery>().GetAsync(Filter, CancellationToken), L);
            switch (Chart)
            {
                case ExportLinks.Timeline:
                    return ChartSvgs.Timeline(await Query<TimelineQuery>().EventsAsync(Filter, CancellationToken), caption, L, WebRoot);
                case ExportLinks.Map:
                    return ChartSvgs.Map(await Query<PlacesQuery>().CountsAsync(Filter, CancellationToken), caption, L, WebRoot);
                case ExportLinks.Sources:
                    return ChartSvgs.Sources(await Query<SourcesQuery>().CountsAsync(Filter, CancellationToken), caption, L, WebRoot);
                case ExportLinks.Costs when View == ExportLinks.OverTimeView:
                    return ChartSvgs.CostPoints(await Query<CostsQuery>().PointsAsync(Filter, CancellationToken), caption, L, WebRoot);
                default:
                    var measures = await Query<CostsQuery>().MeasuresAsync(Filter, CancellationToken);
                    // Without a view, the totals; a filter with rates only gets the rates rather than an empty chart.
                    var rates = View == ExportLinks.RatesView || (View is null or "" && measures.Count > 0 && measures.All(m => m.Per is not null));
                    return ChartSvgs.CostMeasures(measures, rates, caption, L, WebRoot);
            }
        }

        private IReadOnlyList<CostMeasure> Measures(IReadOnlyList<CostMeasure> all) => View switch
        {
            ExportLinks.TotalsView => all.Where(m => m.Per is null).ToList(),
            ExportLinks.RatesView => all.Where(m => m.Per is not null).ToList(),
            _ => all,
        };

        /// <summary>Every figure for the filter, page by page, up to <see cref="MaxFigureRows"/>.</summary>
        private async Task<(ExportTable Table, long? Total)> FiguresAsync()
        {
            var figures = Query<FiguresQuery>();
            var rows = new List<FigureRow>();
            var total = 0;
            const int page = 1000;
            do
            {
                var next = await figures.PageAsync(Filter, "date", descending: false, rows.Count, page, CancellationToken);
                total = next.Total;
                rows.AddRange(next.Rows);
                if (next.Rows.Count < page)
                {
                    break;
                }
            }
            while (rows.Count < Math.Min(total, MaxFigureRows));
            return (ExportTables.Figures(rows, L, Link), total > rows.Count ? total : null);
        }
    }
}
