using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Uploads add to the database: they get their own app and database, so the seed tests keep their counts.</summary>
[CollectionDefinition(Name)]
public sealed class UploadCollection : ICollectionFixture<RunningDashboard>
{
    public const string Name = "Uploads";
}

/// <summary>An analyst adding articles from the browser, like a user: choose files, upload, read the result of each.</summary>
[Collection(UploadCollection.Name)]
public sealed partial class UploadTests(RunningDashboard dashboard)
{
    // Every test uploads its own articles: a text uploaded twice is a duplicate, whichever test did it first.
    // The places named are ones the seeds do not name and the gazetteer has (Baghdad, Damascus).
    private const string BaghdadTitle = "افتتاح جسر جديد فوق دجلة في بغداد";

    private const string BaghdadArticle = BaghdadTitle + "\n"
        + "أعلنت وزارة النقل العراقية في بغداد يوم الأحد 12 مارس 2017 افتتاح جسر جديد بكلفة 40 مليون دولار.\n"
        + "وقال المتحدث باسم الوزارة إن الجسر سيخدم نحو 50 ألف سيارة يوميا في بغداد.\n";

    private const string DamascusTitle = "معرض للكتاب في دمشق بعد انقطاع طويل";

    private const string DamascusArticle = DamascusTitle + "\n"
        + "افتتح في دمشق يوم الخميس 3 أغسطس 2017 معرض للكتاب تشارك فيه 150 دار نشر.\n"
        + "وقال مدير المعرض إن الزوار سيجدون في دمشق أكثر من 40 ألف عنوان.\n";

    private static readonly byte[] PngBytes =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    ];

    static UploadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static FilePayload File(string name, byte[] bytes, string mimeType = "text/plain") =>
        new() { Name = name, MimeType = mimeType, Buffer = bytes };

    private static FilePayload Utf8(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Chooses files as the file dialog (or a drop on the zone) does: they land on the zone's file input.</summary>
    private static Task ChooseAsync(IPage page, params FilePayload[] files) => ChooseAsync(page, "Choose files", files);

    private static async Task ChooseAsync(IPage page, string label, params FilePayload[] files)
    {
        var input = page.GetByLabel(label);
        // Enabled once the page is interactive and the input listens.
        await Expect(input).ToBeEnabledAsync();
        await input.SetInputFilesAsync(files);
    }

    /// <summary>Opens the upload page and waits until it is interactive: the file chooser is enabled then, not in the prerendered page.</summary>
    private async Task<IPage> OpenUploadAsync(string path = "/upload", string chooser = "Choose files")
    {
        var page = await dashboard.OpenAsync(path);
        await Expect(page.GetByLabel(chooser)).ToBeEnabledAsync();
        return page;
    }

    private static ILocator Row(IPage page, string fileName) =>
        page.Locator("li.upload-row").Filter(new() { Has = page.Locator(".upload-name", new() { HasText = fileName }) });

    private static async Task ExpectStatusAsync(IPage page, string fileName, string status) =>
        await Expect(Row(page, fileName).Locator(".upload-status")).ToHaveTextAsync(status, new() { Timeout = 30_000 });

    private static async Task UploadAsync(IPage page, int files) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"Upload {files} file(s)" }).ClickAsync();

    [Fact]
    public async Task Upload_GoodDuplicateAndBinary_GiveLoadedDuplicateAndFailed()
    {
        var page = await OpenUploadAsync();
        await RunningDashboard.ScreenshotAsync(page, "upload-before");

        await ChooseAsync(page, Utf8("baghdad-bridge.txt", BaghdadArticle), Utf8("bridge-again.md", BaghdadArticle), File("scan.txt", PngBytes, "image/png"));
        await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(3);
        await Expect(Row(page, "baghdad-bridge.txt").Locator(".upload-status")).ToHaveTextAsync("Ready");
        await RunningDashboard.ScreenshotAsync(page, "upload-ready");
        await UploadAsync(page, 3);

        await ExpectStatusAsync(page, "baghdad-bridge.txt", "Loaded");
        await ExpectStatusAsync(page, "bridge-again.md", "Duplicate");
        await ExpectStatusAsync(page, "scan.txt", "Failed");

        var loaded = Row(page, "baghdad-bridge.txt");
        await Expect(loaded.GetByRole(AriaRole.Link, new() { Name = BaghdadTitle })).ToBeVisibleAsync();
        var reader = await loaded.GetByRole(AriaRole.Link, new() { Name = "Open in the reader" }).GetAttributeAsync("href");
        Assert.Matches("^documents/[0-9]+$", reader);
        // The duplicate points at the document stored a moment ago.
        var duplicate = Row(page, "bridge-again.md");
        await Expect(duplicate).ToContainTextAsync("Already stored, nothing was added");
        await Expect(duplicate.GetByRole(AriaRole.Link, new() { Name = "Open in the reader" })).ToHaveAttributeAsync("href", reader!);
        // The binary file is refused with the decoder's message, framed in the interface language.
        await Expect(Row(page, "scan.txt").Locator(".upload-error")).ToHaveTextAsync("Not loaded: scan.txt is not text (it looks like a binary file).");
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        await RunningDashboard.ScreenshotAsync(page, "upload-after");

        // Nothing of the binary file was stored; the article is there once.
        await page.GetByRole(AriaRole.Link, new() { Name = "Documents", Exact = true }).ClickAsync();
        await Expect(page.Locator(".document-card", new() { HasText = BaghdadTitle })).ToHaveCountAsync(1);
    }

    /// <summary>Depends on place extraction (built on another branch): on a branch without it, nothing is found and this fails.</summary>
    [Fact]
    public async Task Upload_GoodArticle_ItsPlaceAppearsOnTheMapAndInThePlaceFilter()
    {
        var page = await OpenUploadAsync();
        await ChooseAsync(page, Utf8("damascus-book-fair.txt", DamascusArticle));
        await UploadAsync(page, 1);
        await ExpectStatusAsync(page, "damascus-book-fair.txt", "Loaded");

        // The filter bar's place list was loaded before the upload; it now offers the new place without a reload.
        await page.Locator(".filter-places").ClickAsync();
        await page.Locator(".rz-popup input.rz-inputtext, .rz-popup input[type='text']").First.FillAsync("Damascus");
        await Expect(page.Locator(".rz-popup li", new() { HasText = "Damascus" }).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        // The map, filtered to the new document, lists its place.
        await Row(page, "damascus-book-fair.txt").GetByRole(AriaRole.Link, new() { Name = "Show on the map" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DocumentFilter());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Damascus", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".plotly-chart text", new() { HasText = "Damascus" }).First).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "upload-map");
    }

    [Fact]
    public async Task Upload_Windows1256AndUtf16_ReaderShowsTheArabicTitles()
    {
        const string OldTitle = "أسواق حلب القديمة تستعيد زوارها";
        const string WideTitle = "مهرجان للتمور في الأحساء هذا الخريف";
        var old = Encoding.GetEncoding(1256).GetBytes(OldTitle + "\nعادت الحركة إلى الأسواق القديمة بعد سنوات من الإغلاق.\n");
        byte[] wide = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(WideTitle + "\nيشارك في المهرجان أكثر من مئة مزارع من المنطقة.\n")];
        var page = await OpenUploadAsync();

        await ChooseAsync(page, File("old-windows.txt", old), File("wide.txt", wide));
        await UploadAsync(page, 2);
        await ExpectStatusAsync(page, "old-windows.txt", "Loaded");
        await ExpectStatusAsync(page, "wide.txt", "Loaded");

        await Row(page, "old-windows.txt").GetByRole(AriaRole.Link, new() { Name = "Open in the reader" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(OldTitle);
        await Expect(page.Locator("article.reader")).ToHaveAttributeAsync("dir", "rtl");

        // The other one from the document list.
        await page.GotoAsync("/documents");
        await RunningDashboard.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = WideTitle }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(WideTitle);
    }

    [Fact]
    public async Task Upload_LargeFile_ShowsItsProgressThenItsResult()
    {
        const string Title = "أرشيف كامل لنشرات الطقس في العام الماضي";
        var paragraphs = Enumerable.Range(1, 60_000).Select(i => $"النشرة رقم {i}: طقس معتدل نهارا وبارد ليلا.");
        var bytes = Encoding.UTF8.GetBytes(Title + "\n" + string.Join('\n', paragraphs));
        Assert.InRange(bytes.Length, 4 * 1024 * 1024, 10 * 1024 * 1024);
        var page = await OpenUploadAsync();

        await ChooseAsync(page, File("weather-archive.txt", bytes));
        await UploadAsync(page, 1);

        var row = Row(page, "weather-archive.txt");
        await Expect(row.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await RunningDashboard.ScreenshotAsync(page, "upload-progress");
        await Expect(row.Locator(".upload-status")).ToHaveTextAsync("Loaded", new() { Timeout = 120_000 });
        await Expect(row.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Upload_OversizedWrongTypeAndEmpty_GetTheLimitMessages()
    {
        var page = await OpenUploadAsync();
        var oversized = new byte[12 * 1024 * 1024];
        Array.Fill(oversized, (byte)'a');

        await ChooseAsync(page, File("huge.txt", oversized), File("photo.png", PngBytes, "image/png"), File("empty.txt", []));
        await UploadAsync(page, 3);

        await ExpectStatusAsync(page, "huge.txt", "Failed");
        await Expect(Row(page, "huge.txt").Locator(".upload-error")).ToHaveTextAsync("huge.txt is 12 MB: larger than the limit of 10 MB per file.");
        await ExpectStatusAsync(page, "photo.png", "Failed");
        await Expect(Row(page, "photo.png").Locator(".upload-error")).ToHaveTextAsync("photo.png is not accepted: only .txt, .md, .html, .htm files can be uploaded.");
        await ExpectStatusAsync(page, "empty.txt", "Failed");
        await Expect(Row(page, "empty.txt").Locator(".upload-error")).ToHaveTextAsync("empty.txt is empty.");
    }

    [Fact]
    public async Task Upload_MoreFilesThanTheLimit_TakesTwentyAndSaysSo()
    {
        var page = await OpenUploadAsync();

        await ChooseAsync(page, Enumerable.Range(1, 22).Select(i => Utf8($"note-{i}.txt", $"ملاحظة رقم {i}")).ToArray());

        await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(20);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("2 more file(s) were not taken: at most 20 files can be uploaded at a time.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload 20 file(s)" })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task Upload_HundredsOfFiles_AreRefusedInTheBrowserAndThePageKeepsWorking()
    {
        var page = await OpenUploadAsync();

        // 300 descriptions would not fit one circuit message (64 KB by default): sent, they would end the circuit.
        await ChooseAsync(page, Enumerable.Range(1, 300).Select(i => Utf8($"{new string('n', 200)}-{i}.txt", $"ملاحظة رقم {i}")).ToArray());

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("300 files were chosen, too many to take: choose at most 20 at a time.");
        await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(0);
        await ChooseAsync(page, Utf8("one-after-many.txt", "ملاحظة بعد اختيار كثير من الملفات"));
        await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Upload_DocumentsOpenInAnotherTab_ShowTheNewDocumentWithoutAReload()
    {
        const string Title = "تقرير عن موسم الحصاد في سهل البقاع";
        var documents = await dashboard.OpenAsync("/documents");
        await Expect(documents.Locator(".document-card").First).ToBeVisibleAsync();
        // The place list opens only once the page is interactive: from then on it hears of new documents.
        await documents.Locator(".filter-places").ClickAsync();
        await Expect(documents.Locator(".rz-popup").First).ToBeVisibleAsync();
        await documents.Keyboard.PressAsync("Escape");
        await Expect(documents.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(0);

        var upload = await OpenUploadAsync();
        await ChooseAsync(upload, Utf8("harvest.txt", Title + "\nبدأ المزارعون جني المحصول في وقت مبكر هذا العام.\n"));
        await UploadAsync(upload, 1);
        await ExpectStatusAsync(upload, "harvest.txt", "Loaded");

        await Expect(documents.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Upload_MetadataAndAnInvalidDate_TheDateBlocksUntilCorrectedThenAllIsStored()
    {
        var page = await OpenUploadAsync();
        await page.GetByLabel("Outlet", new() { Exact = true }).FillAsync("Test Outlet");
        await ChooseAsync(page, Utf8("ports.txt", "موانئ الخليج تستقبل سفنا أكبر\nتوسعت الموانئ لاستقبال السفن العملاقة.\n"));
        await page.GetByLabel("Title of ports.txt").FillAsync("Gulf ports grow");

        var date = page.GetByLabel("Publication date of ports.txt");
        await date.FillAsync("2016-13-45");
        await date.PressAsync("Tab");
        await Expect(page.GetByText("“2016-13-45” is not a date: write it as YYYY-MM-DD, for example 2016-02-10.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload 1 file(s)" })).ToBeDisabledAsync();
        await RunningDashboard.ScreenshotAsync(page, "upload-invalid-date");

        await date.FillAsync("2016-02-10");
        await date.PressAsync("Tab");
        await Expect(page.GetByText("is not a date")).ToHaveCountAsync(0);
        await UploadAsync(page, 1);

        await ExpectStatusAsync(page, "ports.txt", "Loaded");
        var row = Row(page, "ports.txt");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Gulf ports grow" })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Test Outlet · published 10 February 2016");
    }

    [Fact]
    public async Task Upload_FilesDroppedOnTheZone_AreTakenLikeChosenOnes()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-drop-");
        try
        {
            var first = Path.Combine(folder.FullName, "dropped-one.txt");
            var second = Path.Combine(folder.FullName, "dropped-two.md");
            await System.IO.File.WriteAllTextAsync(first, "سوق جديدة للحرفيين في الموصل القديمة\nافتتحت السوق أبوابها أمس.\n");
            await System.IO.File.WriteAllTextAsync(second, "مدرسة للموسيقى في البصرة تستقبل طلابها\nبدأ العام الدراسي في المدرسة.\n");
            var page = await OpenUploadAsync();
            var zone = await page.Locator(".upload-zone").BoundingBoxAsync();
            var (x, y) = (zone!.X + (zone.Width / 2), zone.Y + (zone.Height / 2));

            // A real drag of files from the desktop, as Chromium receives it (Playwright has no file drag of its own).
            var cdp = await page.Context.NewCDPSessionAsync(page);
            var data = new { items = Array.Empty<object>(), files = new[] { first, second }, dragOperationsMask = 1 };
            // Dropped beside the zone: nothing is taken and the page stays. (Headless Chromium does not open a file dropped
            // on a page even without the guard in upload-drop.js, so this does not prove the guard; a desktop browser would.)
            var heading = await page.Locator("h1").BoundingBoxAsync();
            foreach (var type in new[] { "dragEnter", "dragOver", "drop" })
            {
                await cdp.SendAsync("Input.dispatchDragEvent", new Dictionary<string, object> { ["type"] = type, ["x"] = heading!.X + 10, ["y"] = heading.Y + 10, ["data"] = data });
            }
            await Expect(page).ToHaveURLAsync(new Regex("/upload$"));
            await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(0);

            foreach (var type in new[] { "dragEnter", "dragOver" })
            {
                await cdp.SendAsync("Input.dispatchDragEvent", new Dictionary<string, object> { ["type"] = type, ["x"] = x, ["y"] = y, ["data"] = data });
            }
            await Expect(page.Locator(".upload-zone.is-dragging")).ToHaveCountAsync(1);
            await cdp.SendAsync("Input.dispatchDragEvent", new Dictionary<string, object> { ["type"] = "drop", ["x"] = x, ["y"] = y, ["data"] = data });

            await Expect(page.Locator("li.upload-row")).ToHaveCountAsync(2);
            await Expect(page.Locator(".upload-zone.is-dragging")).ToHaveCountAsync(0);
            await UploadAsync(page, 2);
            await ExpectStatusAsync(page, "dropped-one.txt", "Loaded");
            await ExpectStatusAsync(page, "dropped-two.md", "Loaded");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Upload_ChooseFiles_IsReachedByKeyboard()
    {
        var page = await OpenUploadAsync();
        var chooser = page.GetByRole(AriaRole.Button, new() { Name = "Choose files" });
        await Expect(chooser).ToBeEnabledAsync();

        await page.GetByLabel("Outlet", new() { Exact = true }).FocusAsync();
        for (var i = 0; i < 10 && !await chooser.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(chooser).ToBeFocusedAsync();
        var chooserOpened = page.WaitForFileChooserAsync();
        await page.Keyboard.PressAsync("Space");
        var fileChooser = await chooserOpened;
        Assert.True(fileChooser.IsMultiple);
    }

    [Fact]
    public async Task Upload_Arabic_IsRightToLeftAndTellsTheResultInArabic()
    {
        var page = await OpenUploadAsync("/culture/ar?redirect=/upload", "اختر ملفات");
        await Expect(page.Locator("h1")).ToHaveTextAsync("رفع مقالات");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await RunningDashboard.ScreenshotAsync(page, "upload-ar-before");

        await ChooseAsync(page, "اختر ملفات", Utf8("مقال.txt", "افتتاح مكتبة عامة جديدة في عمّان\nتضم المكتبة أكثر من مئة ألف كتاب.\n"), File("صورة.txt", PngBytes, "image/png"));
        await page.GetByRole(AriaRole.Button, new() { Name = "رفع الملفات (2)" }).ClickAsync();

        await ExpectStatusAsync(page, "مقال.txt", "حُمّل");
        await ExpectStatusAsync(page, "صورة.txt", "فشل");
        await Expect(Row(page, "صورة.txt").Locator(".upload-error")).ToHaveTextAsync("لم يُحمَّل: \u2066صورة.txt is not text (it looks like a binary file).\u2069");
        await RunningDashboard.ScreenshotAsync(page, "upload-ar-after");
    }

    [GeneratedRegex("/map\\?doc=[0-9]+$")]
    private static partial Regex DocumentFilter();
}
