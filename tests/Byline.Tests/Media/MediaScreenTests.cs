using System.Net;
using System.Net.Http.Headers;
using Byline.Media;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Media;

// The newsroom's media library over plain HTTP: who may do what, and what a bad upload gets (a
// clear message, and nothing stored).
public sealed class MediaScreenTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new() { Settings = { ["Byline:Media:MaxUploadBytes"] = "300000" } };
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Media:Path"] = _media;
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    private static async Task<(HttpResponseMessage Response, string? Error, string? Notice)> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        var token = await client.TokenAsync("/newsroom/media");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync("/newsroom/media/upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync("/newsroom/media");
        return (response, page.QuerySelector("[role=alert]")?.Text(), page.QuerySelector(".notice")?.Text());
    }

    private Task<List<MediaAsset>> AssetsAsync() => _app.QueryAsync(db => db.MediaAssets.OrderBy(a => a.Id).ToListAsync());

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(await AssetsAsync());
        Assert.Empty(Directory.GetFiles(_media, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var client = _app.Client();

        foreach (var response in new[] { await client.GetAsync("/newsroom/media"), await client.PostAsync("/newsroom/media/upload", new ByteArrayContent([1])) })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/newsroom/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AContributorUploadsAnImageThatJoinsTheLibraryUnderTheirName()
    {
        var user = await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");

        var (response, error, notice) = await UploadAsync(client, TestImages.PhotoWithLocation(800, 600), "harbour at dawn.jpg");

        Assert.Null(error);
        Assert.Contains("harbour at dawn.jpg", notice, StringComparison.Ordinal);
        var asset = Assert.Single(await AssetsAsync());
        Assert.Equal($"/newsroom/media#asset-{asset.Id}", response.Headers.Location!.ToString());
        Assert.Equal((user.Id, "harbour at dawn.jpg", 800, 600), (asset.UploadedById, asset.FileName, asset.Width, asset.Height));
        var (_, page) = await client.GetPageAsync("/newsroom/media");
        var item = page.QuerySelector($"#asset-{asset.Id}")!;
        Assert.Contains("800 × 600", item.Text(), StringComparison.Ordinal);
        Assert.Contains("reporter", item.Text(), StringComparison.Ordinal);
        Assert.Equal(asset.Url, item.QuerySelector("input[readonly]")!.GetAttribute("value"));
        Assert.Contains(await _app.QueryAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync()), a => a == AuditActions.MediaUploaded);
    }

    [Fact]
    public async Task ARenamedFileIsTypedByItsBytesAndPageMarkupNamedPngIsRefused()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");

        await UploadAsync(client, TestImages.Png(400, 300), "actually-a-png.jpg");
        var (_, error, _) = await UploadAsync(client, "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray(), "page.png");

        var asset = Assert.Single(await AssetsAsync());
        Assert.Equal("image/png", asset.ContentType);
        Assert.EndsWith(".png", asset.Url, StringComparison.Ordinal);
        Assert.Contains("“page.png” was not uploaded: the file is not a JPEG, PNG, GIF or WebP image", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SvgFilesAreRefusedWithAClearMessage()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");
        var svgs = Directory.GetFiles(Path.Combine(Repo.Shared, "fixtures", "xss"), "SVG_XSS*.svg");
        Assert.NotEmpty(svgs);

        foreach (var svg in svgs)
        {
            var (_, error, _) = await UploadAsync(client, await File.ReadAllBytesAsync(svg), Path.GetFileName(svg));
            Assert.Contains("SVG files are not accepted", error, StringComparison.Ordinal);
        }

        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ADamagedOrOversizedImageIsRefusedAndNothingIsStored()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");
        var photo = TestImages.PhotoWithLocation(800, 600);

        var (_, damaged, _) = await UploadAsync(client, photo[..400], "cut.jpg");
        var (_, huge, _) = await UploadAsync(client, new byte[400_000], "huge.jpg");
        var (_, justOver, _) = await UploadAsync(client, new byte[300_001], "just-over.jpg");

        Assert.Contains("damaged or truncated", damaged, StringComparison.Ordinal);
        Assert.Contains("larger than the 0.3 MB an image may be; nothing was uploaded", huge, StringComparison.Ordinal);
        Assert.Contains("“just-over.jpg” is larger than", justOver, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("../../x.png", "x.png")]
    [InlineData("..\\..\\windows\\x.png", "x.png")]
    [InlineData("<img src=x onerror=alert(1)>.png", "<img src=x onerror=alert(1)>.png")]
    [InlineData("'><svg onload=alert(document.cookie)>.png", "'><svg onload=alert(document.cookie)>.png")]
    [InlineData("a/b/<script>alert(1)</script>.png", "script>.png")]
    [InlineData("ＴＨＥ　ｆｉｌｅ 🐍.png", "ＴＨＥ　ｆｉｌｅ 🐍.png")]
    public async Task AHostileFileNameIsNeverUsedAsAPathAndIsShownEscaped(string sent, string shown)
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");

        await UploadAsync(client, TestImages.Png(200, 100), sent);

        var asset = Assert.Single(await AssetsAsync());
        Assert.Equal(shown, asset.FileName);
        Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{24}\.png$", asset.Url);
        Assert.All(Directory.GetFiles(_media, "*", SearchOption.AllDirectories), f => Assert.StartsWith(_media, Path.GetFullPath(f), StringComparison.Ordinal));
        var html = await client.GetStringAsync("/newsroom/media");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var (_, page) = await client.GetPageAsync("/newsroom/media");
        Assert.Equal(shown, page.QuerySelector(".media-name")!.TextContent);
    }

    [Fact]
    public async Task AContributorCannotDescribeOrDeleteAnotherPersonsImage()
    {
        await _app.AddUserAsync("one@byline.test", Roles.Contributor);
        await _app.AddUserAsync("two@byline.test", Roles.Contributor);
        await UploadAsync(await _app.SignedInAsync("one@byline.test"), TestImages.Png(200, 100), "theirs.png");
        var asset = Assert.Single(await AssetsAsync());
        var other = await _app.SignedInAsync("two@byline.test");

        var (_, page) = await other.GetPageAsync("/newsroom/media");
        Assert.Null(page.QuerySelector($"#asset-{asset.Id} details"));
        var token = await other.TokenAsync("/newsroom/media");
        var edit = await other.PostFormAsync("/newsroom/media?handler=Edit", new Dictionary<string, string> { ["id"] = $"{asset.Id}", ["alt"] = "defaced" }, token);
        var delete = await other.PostFormAsync("/newsroom/media?handler=Delete", new Dictionary<string, string> { ["id"] = $"{asset.Id}" }, token);

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var kept = Assert.Single(await AssetsAsync());
        Assert.Equal("", kept.Alt);
        Assert.True(File.Exists(Path.Combine(_media, kept.Url["/media/".Length..])));
        Assert.Equal(2, await _app.QueryAsync(db => db.AuditLog.CountAsync(a => a.Action == AuditActions.AccessDenied)));
    }

    [Fact]
    public async Task AnEditorCannotDeleteAnImageAStoryShowsAndIsToldWhichStory()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        await _app.AddUserAsync("editor@byline.test", Roles.Editor);
        await UploadAsync(await _app.SignedInAsync("reporter@byline.test"), TestImages.Png(200, 100), "lead.png");
        var asset = Assert.Single(await AssetsAsync());
        await _app.SaveAsync(TestStories.FreshStory("budget-day") with { Headline = "Budget day in Putrajaya", Image = new FeaturedImage { Url = "http://localhost" + asset.Url, Alt = "The finance minister" } });
        var editor = await _app.SignedInAsync("editor@byline.test");

        await editor.SubmitAsync("/newsroom/media", "/newsroom/media?handler=Delete", new Dictionary<string, string> { ["id"] = $"{asset.Id}" });
        var (_, page) = await editor.GetPageAsync("/newsroom/media");

        Assert.Contains("is the featured image of the story “Budget day in Putrajaya”", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Single(await AssetsAsync());

        await _app.QueryAsync(db => db.Stories.ExecuteDeleteAsync());
        await _app.SaveAsync(TestStories.FreshStory("budget-night") with { Headline = "Budget night", Image = null, BodyMarkdown = $"The scene.\n\n![The hall]({asset.Url})" });
        await editor.SubmitAsync("/newsroom/media", "/newsroom/media?handler=Delete", new Dictionary<string, string> { ["id"] = $"{asset.Id}" });
        (_, page) = await editor.GetPageAsync("/newsroom/media");
        Assert.Contains("is shown in the body of the story “Budget night”", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Single(await AssetsAsync());

        await _app.QueryAsync(db => db.Stories.ExecuteDeleteAsync());
        await editor.SubmitAsync("/newsroom/media", "/newsroom/media?handler=Delete", new Dictionary<string, string> { ["id"] = $"{asset.Id}" });
        await AssertNothingStoredAsync();
        Assert.Contains(await _app.QueryAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync()), a => a == AuditActions.MediaDeleted);
    }

    [Fact]
    public async Task TheUploaderDescribesAnImageAndTheLibraryFindsItByNameOrAltText()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var client = await _app.SignedInAsync("reporter@byline.test");
        await UploadAsync(client, TestImages.Png(200, 100), "river.png");
        await UploadAsync(client, TestImages.Png(200, 100), "DSC_0042.png");
        var photo = (await AssetsAsync()).Single(a => a.FileName == "DSC_0042.png");

        await client.SubmitAsync("/newsroom/media", "/newsroom/media?handler=Edit", new Dictionary<string, string>
        {
            ["id"] = $"{photo.Id}", ["alt"] = "  Fishing boats on the Kelantan River  ", ["caption"] = "Boats at rest", ["credit"] = "Staff",
        });

        var described = (await AssetsAsync()).Single(a => a.Id == photo.Id);
        Assert.Equal(("Fishing boats on the Kelantan River", "Boats at rest", "Staff"), (described.Alt, described.Caption, described.Credit));
        Assert.Equal(["DSC_0042.png"], await NamesAsync(client, "kelantan"));
        Assert.Equal(["river.png"], await NamesAsync(client, "RIVER.p"));
        Assert.Empty(await NamesAsync(client, "r_ver"));
        Assert.Contains(await _app.QueryAsync(db => db.AuditLog.Select(a => a.Action).ToListAsync()), a => a == AuditActions.MediaEdited);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query)
    {
        var (_, page) = await client.GetPageAsync("/newsroom/media?q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll(".media-name").Select(e => e.TextContent)];
    }
}
