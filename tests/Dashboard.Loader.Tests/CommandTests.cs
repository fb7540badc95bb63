using System.Text;
using System.Text.Json;

namespace Dashboard.Loader.Tests;

public sealed class CommandTests : IDisposable
{
    private const string Article = "عنوان الخبر\n\nقال مسؤول إن الحملة مستمرة في الموصل.\n";

    private readonly TempFolder folder = new();

    [Fact]
    public void Load_GoodDuplicateAndBinaryFiles_ReportsEachAndStoresOnce()
    {
        folder.Write("good.txt", Article);
        folder.Write("copy.txt", Article);
        folder.Write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
        folder.Write("notes.json", "{}");

        var run = LoaderRun.Invoke("load", folder.Path, "--db", folder.Database);

        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("1 loaded, 1 skipped, 1 failed.", run.Console, StringComparison.Ordinal);
        Assert.Contains("photo.html is not text", run.Console, StringComparison.Ordinal);
        Assert.Matches(@"Documents\s+│\s+1\s", LoaderRun.Invoke("stats", "--db", folder.Database).Console);
    }

    [Fact]
    public void Load_Again_SkipsEverythingAndSucceeds()
    {
        folder.Write("good.txt", Article);
        LoaderRun.Invoke("load", folder.Path, "--db", folder.Database);
        var again = LoaderRun.Invoke("load", folder.Path, "--db", folder.Database);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("0 loaded, 1 skipped, 0 failed.", again.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestGivesTitleAndDate()
    {
        folder.Write("a.txt", Article);
        folder.Write("manifest.json", """{"a.txt": {"title": "From the manifest", "outlet": "Al Jazeera", "published": "2016-02-10"}}""");
        LoaderRun.Invoke("load", folder.File("a.txt"), "--db", folder.Database);
        var stats = LoaderRun.Invoke("stats", "--db", folder.Database);
        Assert.Contains("2016-02-10 to 2016-02-10", stats.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoMetadataButADateline_StoresTheInferredDate()
    {
        folder.Write("wire.txt", "Iraq steps up oil exports\n\nBAGHDAD, March 3, 2021 (Reuters) - Iraq exported 3.2 million barrels a day in February.\n");
        LoaderRun.Invoke("load", folder.File("wire.txt"), "--db", folder.Database);
        Assert.Contains("2021-03-03 to 2021-03-03", LoaderRun.Invoke("stats", "--db", folder.Database).Console, StringComparison.Ordinal);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT published_basis FROM documents";
        Assert.Equal("inferred", command.ExecuteScalar());
    }

    [Fact]
    public void Load_BadManifestDate_FailsThatFileWithTheReason()
    {
        folder.Write("a.txt", Article);
        folder.Write("a.json", """{"published": "10/2/2016"}""");
        var run = LoaderRun.Invoke("load", folder.File("a.txt"), "--db", folder.Database);
        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NothingToLoad_SaysSo()
    {
        var run = LoaderRun.Invoke("load", folder.Path, "--db", folder.Database);
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("No article files found", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Json_PrintsTheContractAndCreatesNoDatabase()
    {
        var file = folder.Write("a.txt", Article);
        var run = LoaderRun.Invoke("extract", file, "--json", "--published", "2016-02-10", "--db", folder.Database);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Data);
        Assert.Equal("عنوان الخبر", json.RootElement.GetProperty("document").GetProperty("title").GetString());
        Assert.Equal("2016-02-10", json.RootElement.GetProperty("document").GetProperty("published").GetString());
        foreach (var kind in new[] { "dates", "figures", "places", "sources" })
        {
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty(kind).ValueKind);
        }
        Assert.False(File.Exists(folder.Database));
    }

    [Fact]
    public void Extract_Windows1256File_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = folder.Write("old.txt", Encoding.GetEncoding(1256).GetBytes(Article));
        var run = LoaderRun.Invoke("extract", file, "--json");
        Assert.Equal("عنوان الخبر", JsonDocument.Parse(run.Data).RootElement.GetProperty("document").GetProperty("title").GetString());
    }

    [Fact]
    public void Extract_BadPublishedDate_IsRefused()
    {
        var file = folder.Write("a.txt", Article);
        var run = LoaderRun.Invoke("extract", file, "--json", "--published", "yesterday");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MissingFile_IsNotFound()
    {
        Assert.Equal(ExitCodes.NotFound, LoaderRun.Invoke("extract", folder.File("none.txt"), "--json").ExitCode);
    }

    public void Dispose() => folder.Dispose();
}
