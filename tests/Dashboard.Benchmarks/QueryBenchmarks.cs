using BenchmarkDotNet.Attributes;
using Dashboard.Core.Filtering;
using Dashboard.Data.Queries;
using Dashboard.Data.Schema;

namespace Dashboard.Benchmarks;

/// <summary>Each dashboard query over about a million facts, with no filter and with the filters analysts use.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private Database database = default!;
    private Filter filter = Filter.Empty;

    [Params("none", "one place", "one month", "text")]
    public string FilterKind { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        database = MillionFactDatabase.Open();
        filter = FilterKind switch
        {
            "one place" => new Filter { Places = ["bench-7"] },
            "one month" => new Filter { From = new DateOnly(2020, 3, 1), To = new DateOnly(2020, 3, 31) },
            "text" => new Filter { Text = "الخبر 4242" },
            _ => Filter.Empty,
        };
    }

    [Benchmark]
    public Task<OverviewCounts> Overview() => new OverviewQuery(database).CountsAsync(filter);

    [Benchmark]
    public Task<IReadOnlyList<PlaceCount>> MapPlaces() => new PlacesQuery(database).CountsAsync(filter);

    [Benchmark]
    public Task<IReadOnlyList<TimelineItem>> Timeline() => new TimelineQuery(database).EventsAsync(filter);

    [Benchmark]
    public Task<IReadOnlyList<CostMeasure>> CostMeasures() => new CostsQuery(database).MeasuresAsync(filter);

    [Benchmark]
    public Task<FigurePage> FiguresPageSortedByValue() => new FiguresQuery(database).PageAsync(filter, "value", true, 1000, 25);

    [Benchmark]
    public Task<IReadOnlyList<SourceCount>> Sources() => new SourcesQuery(database).CountsAsync(filter);

    [Benchmark]
    public Task<IReadOnlyList<DocumentSummary>> Documents() => new DocumentsQuery(database).ListAsync(filter);

    [Benchmark]
    public Task<ConflictReport> Conflicts() => new ConflictsQuery(database).FindAsync(filter);

    /// <summary>The filter bar's choices read anew (a new data version each time); the filter does not apply to them.</summary>
    [Benchmark]
    public Task<FilterChoices> FilterChoices() => new FilterChoicesQuery(database, new Dashboard.Data.Loading.DataVersion()).GetAsync();
}
