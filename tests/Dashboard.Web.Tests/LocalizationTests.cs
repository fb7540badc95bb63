using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dashboard.Web.Tests;

/// <summary>Every interface string has an English and an Arabic text, and the language switch is remembered.</summary>
public sealed partial class LocalizationTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly string WebFolder = Path.Combine(RepositoryFiles.Root, "src", "Dashboard.Web");

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebFolder, "Localization", file)).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Resources_EnglishAndArabic_HaveTheSameKeys()
    {
        Assert.Equal(Keys("SharedResource.resx").Order(), Keys("SharedResource.ar.resx").Order());
    }

    [Fact]
    public void Sources_EveryLiteralKey_HasATranslation()
    {
        var arabic = Keys("SharedResource.ar.resx");
        var used = Directory.EnumerateFiles(WebFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);
        Assert.Equal([], used.Where(k => !arabic.Contains(k)).Order());
    }

    [Fact]
    public async Task Page_ArabicCookie_IsRightToLeftAndArabic()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");
        var html = await client.GetStringAsync("/documents");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>الوثائق</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_English_IsLeftToRight()
    {
        var html = await factory.CreateClient().GetStringAsync("/documents");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dir=\"rtl\">", html.Split("<body>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_SetsTheCookieAndReturnsToThePage()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/culture/ar?redirect=%2Fmap%3Fplace%3Diq-mosul");
        Assert.Equal("/map?place=iq-mosul", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dar%7Cuic%3Dar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    public async Task CultureSwitch_ForeignRedirect_StaysInTheApp(string redirect)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/culture/en?redirect={Uri.EscapeDataString(redirect)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("""L\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LiteralKey();
}
