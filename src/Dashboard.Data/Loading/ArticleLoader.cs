using System.Globalization;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Core.Facts;
using Dashboard.Data.Storing;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Loading;

/// <summary>
/// Reads, decodes, extracts and stores articles: the path the command line, the first start and uploads share.
/// Each document is stored whole or not at all; one bad file never stops the others.
/// </summary>
public sealed class ArticleLoader
{
    public static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    public const string ManifestName = "manifest.json";

    private readonly DocumentStore store;
    private readonly Func<string, ArticleMetadata, ArticleFacts> extract;

    public ArticleLoader(DocumentStore store, ArticleExtractor extractor)
        : this(store, extractor.Extract)
    {
    }

    /// <param name="extract">Turns an article's text and metadata into its facts, as <see cref="ArticleExtractor.Extract"/> does.</param>
    public ArticleLoader(DocumentStore store, Func<string, ArticleMetadata, ArticleFacts> extract)
    {
        this.store = store;
        this.extract = extract;
    }

    /// <summary>The article files of the given files and folders (folders are searched recursively), in a stable order.</summary>
    public static IReadOnlyList<string> FindArticles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticle)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    public static bool IsArticle(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public LoadResult LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            if (!File.Exists(path))
            {
                return LoadResult.Failed(name, $"{path} does not exist.");
            }
            if (!IsArticle(path))
            {
                return LoadResult.Failed(name, $"{name} is not an article: only {string.Join(", ", ArticleExtensions)} files are loaded.");
            }
            // Checked before reading, so a huge file is never held in memory; the message is the decoder's.
            var length = new FileInfo(path).Length;
            if (length > TextDecoder.DefaultMaxBytes)
            {
                return LoadResult.Failed(name, string.Create(CultureInfo.InvariantCulture,
                    $"{name} is {length / (1024 * 1024.0):0.#} MB; the limit is {TextDecoder.DefaultMaxBytes / (1024 * 1024)} MB."));
            }
            var metadata = MetadataFor(path);
            return LoadBytes(name, File.ReadAllBytes(path), metadata);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            return LoadResult.Failed(name, e.Message);
        }
        catch (Exception e) when (!IsFatal(e))
        {
            return Unexpected(name, "reading it", e);
        }
    }

    public LoadResult LoadBytes(string name, ReadOnlySpan<byte> bytes, ArticleMetadata metadata)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes, name);
        }
        catch (Exception e) when (!IsFatal(e))
        {
            return Unexpected(name, "decoding it", e);
        }
        return decoded.Text is null ? LoadResult.Failed(name, decoded.Error!) : LoadText(name, decoded.Text, metadata);
    }

    public LoadResult LoadText(string name, string text, ArticleMetadata metadata)
    {
        ArticleFacts facts;
        try
        {
            facts = extract(text, metadata);
        }
        catch (Exception e) when (!IsFatal(e))
        {
            return Unexpected(name, "extracting its facts", e);
        }
        try
        {
            var outcome = store.Store(facts, name);
            return new LoadResult(name, outcome.Duplicate ? LoadStatus.Duplicate : LoadStatus.Loaded, null, outcome);
        }
        catch (SqliteException e)
        {
            return LoadResult.Failed(name, $"the database refused it: {e.Message}");
        }
        catch (Exception e) when (!IsFatal(e))
        {
            // The store is one transaction: it was rolled back.
            return Unexpected(name, "storing it", e);
        }
    }

    private static LoadResult Unexpected(string name, string stage, Exception e) =>
        LoadResult.Failed(name, $"{stage} failed unexpectedly ({e.GetType().Name}: {e.Message}); nothing was stored.") with { Cause = e };

    // What no caller can recover from is left to escape; anything else is one file's failure.
    private static bool IsFatal(Exception e) => e is OutOfMemoryException or AccessViolationException;

    /// <summary>Metadata from a sidecar (NAME.json beside the article) or, failing that, the folder's manifest.json.</summary>
    public static ArticleMetadata MetadataFor(string path)
    {
        var sidecar = Path.ChangeExtension(path, ".json");
        if (File.Exists(sidecar))
        {
            return MetadataJson.ParseSidecar(File.ReadAllText(sidecar), Path.GetFileName(path));
        }
        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ManifestName);
        if (File.Exists(manifest) && MetadataJson.ParseManifest(File.ReadAllText(manifest)).TryGetValue(Path.GetFileName(path), out var entry))
        {
            return entry;
        }
        return ArticleMetadata.None;
    }
}
