using System.Text.Json;
using Byline.Media;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Media;

// Reader pages give a library image a <picture>: a WebP source and a fallback <img>, both with
// srcset and sizes, and the <img> with the image's width and height so nothing shifts as it loads.
// An image from elsewhere is shown as it always was. The pages stay valid HTML.
public sealed class ResponsivePictureTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new() { Settings = { ["Byline:Cache:Enabled"] = "false" } };
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;
    private static readonly string[] Pages = ["/", "/politics", "/politics/flood-waters", "/politics/wire-photo"];
    private MediaAsset _asset = null!;

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Media:Path"] = _media;
        await _app.InitializeAsync();
        _asset = await _app.WithServicesAsync(s => s.GetRequiredService<MediaLibrary>()
            .UploadAsync(new MemoryStream(TestImages.PhotoWithLocation(1600, 900)), "flood.jpg", null, CancellationToken.None));
        await _app.SaveAsync(TestStories.FreshStory("flood-waters") with { Image = new FeaturedImage { Url = _asset.Url, Alt = "Flood waters in the square" } });
        await _app.SaveAsync(TestStories.FreshStory("wire-photo", DateTime.UtcNow.AddHours(-2)) with { Image = new FeaturedImage { Url = "https://images.example.com/wire.jpg", Alt = "A wire photo" } });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    private static void AssertPicture(AngleSharp.Dom.IElement picture, MediaAsset asset, string alt)
    {
        var source = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal(string.Join(", ", asset.Variants.Select(v => $"{v.WebpUrl} {v.Width}w")), source.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(source.GetAttribute("sizes")));
        var img = picture.QuerySelector("img")!;
        Assert.Equal(asset.Url, img.GetAttribute("src"));
        Assert.Equal(string.Join(", ", asset.Variants.Select(v => $"{v.FallbackUrl} {v.Width}w")), img.GetAttribute("srcset"));
        Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
        Assert.Equal(("1600", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.NotNull(img.GetAttribute("loading"));
    }

    [Fact]
    public async Task TheStoryPageShowsALibraryImageAsAPictureWithVariants()
    {
        var (_, page) = await _app.CreateClient().GetPageAsync("/politics/flood-waters");

        AssertPicture(page.QuerySelector("figure.featured picture")!, _asset, "Flood waters in the square");
        Assert.Contains("640w", page.QuerySelector("figure.featured source")!.GetAttribute("srcset"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoryCardsShowALibraryImageAsAPictureAndAnOutsideImageAsBefore()
    {
        var (_, page) = await _app.CreateClient().GetPageAsync("/politics");

        var cards = page.QuerySelectorAll("article.card").ToList();
        var flood = cards.Single(c => c.TextContent.Contains("flood-waters", StringComparison.Ordinal));
        AssertPicture(flood.QuerySelector("picture")!, _asset, "Flood waters in the square");
        var wire = cards.Single(c => c.TextContent.Contains("wire-photo", StringComparison.Ordinal));
        Assert.Null(wire.QuerySelector("picture"));
        var img = wire.QuerySelector("img.card-image")!;
        Assert.Equal("https://images.example.com/wire.jpg", img.GetAttribute("src"));
        Assert.Null(img.GetAttribute("srcset"));
    }

    [Fact]
    public async Task PagesWithPicturesPassTheNuHtmlChecker()
    {
        var jar = Tool.NodeModule(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));
        var folder = Directory.CreateTempSubdirectory("byline-vnu-").FullName;
        try
        {
            var client = _app.CreateClient();
            var files = new List<string>();
            foreach (var (path, i) in Pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, $"page{i}.html");
                await File.WriteAllTextAsync(file, await client.GetStringAsync(path));
                files.Add(file);
            }

            var (_, output, error) = await Tool.RunAsync("java", ["-jar", jar, "--format", "json", "--stdout", .. files]);
            var errors = JsonDocument.Parse(string.IsNullOrWhiteSpace(output) ? error : output).RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"{m.GetProperty("url").GetString()}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
