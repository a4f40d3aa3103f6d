using Byline.Media;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace Byline.Tests.Media;

// The smaller copies of an upload: made at upload at the expected widths, WebP and a fallback,
// clean of metadata, never larger than the original, and never made again on a request.
public sealed class MediaVariantTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();
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

    private Task<MediaAsset> UploadAsync(byte[] bytes, string name) =>
        _app.WithServicesAsync(s => s.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(bytes), name, null, CancellationToken.None));

    private string FileOf(string url) => Path.Combine(_media, url["/media/".Length..]);

    [Fact]
    public async Task APhotoGetsWebpAndJpegCopiesAtEachSmallerWidthWithNoMetadata()
    {
        var asset = await UploadAsync(TestImages.PhotoWithLocation(2400, 1600), "harbour.jpg");

        Assert.Equal([320, 640, 960, 1280, 1920], asset.Variants.Select(v => v.Width));
        foreach (var variant in asset.Variants)
        {
            Assert.Equal((int)Math.Round(variant.Width * 1600 / 2400.0), variant.Height);
            foreach (var (url, format) in new[] { (variant.WebpUrl, (SixLabors.ImageSharp.Formats.IImageFormat)WebpFormat.Instance), (variant.FallbackUrl, JpegFormat.Instance) })
            {
                var bytes = await File.ReadAllBytesAsync(FileOf(url));
                Assert.Same(format, Image.DetectFormat(bytes));
                using var image = Image.Load(bytes);
                Assert.Equal(variant.Width, image.Width);
                Assert.Null(image.Metadata.ExifProfile);
                Assert.Null(image.Metadata.XmpProfile);
                Assert.Null(image.Metadata.IptcProfile);
                Assert.Null(image.Metadata.IccProfile);
                Assert.DoesNotContain("Secret Source Name", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            }
        }

        var stored = await _app.QueryAsync(db => db.MediaAssets.SingleAsync(a => a.Id == asset.Id));
        Assert.Equal(asset.Variants, stored.Variants);
        Assert.Equal(("harbour.jpg", "image/jpeg", 2400, 1600), (stored.FileName, stored.ContentType, stored.Width, stored.Height));
        Assert.Equal(new FileInfo(FileOf(stored.Url)).Length, stored.Bytes);
    }

    [Fact]
    public async Task ASmallImageIsNeverUpscaledAndKeepsPngForItsFallback()
    {
        var asset = await UploadAsync(TestImages.Png(500, 300), "chart.png");

        Assert.Equal([320, 500], asset.Variants.Select(v => v.Width));
        Assert.Same(PngFormat.Instance, Image.DetectFormat(FileOf(asset.Variants[0].FallbackUrl)));
        Assert.Equal(asset.Url, asset.Variants[1].FallbackUrl);
        Assert.Same(WebpFormat.Instance, Image.DetectFormat(FileOf(asset.Variants[1].WebpUrl)));
    }

    [Fact]
    public async Task AnAnimatedGifKeepsItsAnimationAndGetsNoVariants()
    {
        var asset = await UploadAsync(TestImages.AnimatedGif(), "spinner.gif");

        Assert.Empty(asset.Variants);
        Assert.Same(GifFormat.Instance, Image.DetectFormat(FileOf(asset.Url)));
        using var stored = Image.Load(FileOf(asset.Url));
        Assert.Equal(2, stored.Frames.Count);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(FileOf(asset.Url))!));
    }

    [Fact]
    public async Task VariantsAreMadeAtUploadAndNeverAgainWhenReadersAskForThem()
    {
        var asset = await UploadAsync(TestImages.PhotoWithLocation(1400, 900), "market.jpg");
        var folder = Path.GetDirectoryName(FileOf(asset.Url))!;
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(1 + 5 + 4, before.Count);
        var story = TestStories.FreshStory("market-day") with { Image = new FeaturedImage { Url = asset.Url, Alt = "Stalls at the market" } };
        await _app.SaveAsync(story);
        await Task.Delay(50);

        var client = _app.CreateClient();
        foreach (var path in new[] { "/politics/market-day", "/", asset.Variants[0].WebpUrl, asset.Variants[^1].WebpUrl, asset.Variants[1].FallbackUrl })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, path);
        }

        var after = Directory.GetFiles(folder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(before, after);
    }
}
