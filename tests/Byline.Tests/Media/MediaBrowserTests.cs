using Byline.Import;
using Byline.Media;
using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.Tests.Media;

// A reporter puts a photograph in the library and describes it; it leads a story; a reader's
// browser loads it, and picks a WebP variant to do so.
public sealed class MediaBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();
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

    [Fact]
    public async Task AnUploadedAndDescribedPhotoLeadsAStoryAndReadersGetAWebpVariant()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var photo = Path.Combine(_media, "..", $"kuala-lumpur-skyline-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.PhotoWithLocation(1800, 1200));
        var page = await chromium.NewPersonAsync();
        await page.GotoAsync($"{_app.Url}/newsroom/login");
        await page.GetByLabel("E-mail address").FillAsync("reporter@byline.test");
        await page.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true }).ClickAsync();
        await page.GetByLabel("Image file").SetInputFilesAsync(photo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        Assert.Contains("is in the library", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        File.Delete(photo);

        var item = page.Locator(".media-item").First;
        await item.Locator("summary").ClickAsync();
        await item.GetByLabel("Alt text").FillAsync("The Kuala Lumpur skyline at dusk");
        await item.GetByLabel("Credit").FillAsync("Staff photographer");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("Saved the description", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".media-item").First.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Assertions.Expect(page.Locator(".media-item").First.Locator("button[data-copy]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Copied|Selected"));
        Assert.True(await page.Locator(".media-item img").First.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-newsroom-media.png"), FullPage = true });

        // The story editor is not part of the library: the story is saved the way it saves one,
        // with the library's rule filling in the alt text.
        var asset = await _app.QueryAsync(db => db.MediaAssets.SingleAsync());
        await _app.WithServicesAsync(async s =>
        {
            var image = await s.GetRequiredService<MediaLibrary>().RequireAltTextAsync(new FeaturedImage { Url = asset.Url }, CancellationToken.None);
            await s.GetRequiredService<StoryWriter>().SaveAsync(TestStories.FreshStory("skyline") with { Image = image }, CancellationToken.None);
            return 0;
        });

        var reader = await chromium.NewPersonAsync();
        await reader.GotoAsync($"{_app.Url}/politics/skyline");
        var img = reader.Locator("figure.featured picture img");
        await reader.WaitForFunctionAsync("() => { const i = document.querySelector('figure.featured img'); return i && i.complete && i.naturalWidth > 0; }");
        Assert.Equal("The Kuala Lumpur skyline at dusk", await img.GetAttributeAsync("alt"));
        var current = await img.EvaluateAsync<string>("i => i.currentSrc");
        Assert.Matches(@"/media/\d{4}/\d{2}/[0-9a-f]{24}-\d+w\.webp$", current);
        Assert.Contains("Staff photographer", await reader.Locator("figure.featured figcaption").InnerTextAsync(), StringComparison.Ordinal);
    }
}
