using Dapper;
using Dashboard.Data.Loading;
using Dashboard.Data.Schema;

namespace Dashboard.Data.Queries;

/// <summary>A place the filter bar offers, with how often the stored documents name it.</summary>
public sealed record PlaceChoice
{
    public string Key { get; init; } = "";

    public string Name { get; init; } = "";

    public string NameAr { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? Country { get; init; }

    public long Mentions { get; init; }
}

/// <summary>A document the filter bar offers, by its title.</summary>
public sealed record DocumentChoice
{
    public long Id { get; init; }

    public string Title { get; init; } = "";

    public string? Published { get; init; }
}

/// <summary>
/// Everything the filter bar offers: places and sources (cited ones and outlets), most named first, and documents,
/// newest first.
/// </summary>
public sealed record FilterChoices(IReadOnlyList<PlaceChoice> Places, IReadOnlyList<string> Sources, IReadOnlyList<DocumentChoice> Documents);

/// <summary>
/// The filter bar's choices: every place, source and document stored. Every page of every open tab shows
/// the bar and the choices change only when documents are stored, so they are read once per
/// <see cref="DataVersion"/>, with counts taken from the mention indexes alone (no sentences, no examples).
/// </summary>
public sealed class FilterChoicesQuery(Database database, DataVersion version)
{
    private const string PlacesSql = """
        SELECT p.key, p.name, p.name_ar AS nameAr, p.kind, p.country, COUNT(*) AS mentions
        FROM place_mentions pm
        JOIN places p ON p.id = pm.place_id
        GROUP BY pm.place_id
        ORDER BY mentions DESC, p.name
        """;

    private const string SourcesSql = """
        SELECT name, COUNT(*) AS mentions FROM source_mentions GROUP BY name
        """;

    // An outlet counts once per document it published, as on the sources page.
    private const string OutletsSql = """
        SELECT outlet AS name, COUNT(*) AS mentions FROM documents WHERE outlet IS NOT NULL GROUP BY outlet
        """;

    private const string DocumentsSql = """
        SELECT id, title, published FROM documents ORDER BY published DESC, id DESC
        """;

    private readonly Lock gate = new();
    private Cached? cached;

    /// <summary>
    /// The choices of the current data version. After an upload every open tab asks at once: they share one read,
    /// which runs off the caller's thread and is not cancelled by any one of them leaving.
    /// </summary>
    public Task<FilterChoices> GetAsync(CancellationToken cancellationToken = default)
    {
        // The version is read first: documents stored while reading bump it again, and the next call reads anew.
        var current = version.Current;
        lock (gate)
        {
            if (cached is not { } hit || hit.Version != current || hit.Choices.IsFaulted)
            {
                cached = hit = new Cached(current, Task.Run(ReadAsync));
            }
            return hit.Choices.WaitAsync(cancellationToken);
        }
    }

    private async Task<FilterChoices> ReadAsync()
    {
        await using var connection = await database.OpenAsync();
        var places = (await connection.QueryAsync<PlaceChoice>(PlacesSql)).ToList();
        var sources = (await connection.QueryAsync<NameCount>(SourcesSql)).ToList();
        var outlets = await connection.QueryAsync<NameCount>(OutletsSql);
        var documents = (await connection.QueryAsync<DocumentChoice>(DocumentsSql)).ToList();
        var cited = sources.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        sources.AddRange(outlets.Where(o => !cited.Contains(o.Name)));
        return new FilterChoices(
            places,
            sources.OrderByDescending(s => s.Mentions).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name).ToList(),
            documents);
    }

    private sealed record Cached(long Version, Task<FilterChoices> Choices);

    private sealed record NameCount
    {
        public string Name { get; init; } = "";

        public long Mentions { get; init; }
    }
}
