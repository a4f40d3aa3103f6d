using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Api;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Api;

// Uploads through the Admin API: only real JPEG, PNG, GIF and WebP images get in, and they are
// stored clean (no EXIF, no location, nothing hidden in metadata) under names the server makes up.
public sealed class AdminImageTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new() { Settings = { ["Byline:Media:MaxUploadBytes"] = "300000", ["Byline:Media:MaxPixels"] = "4000000" } };
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;
    private ApiKey _key = null!;

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Media:Path"] = _media;
        await _app.InitializeAsync();
        _key = ApiKeys.Generate("images", DateTime.UtcNow);
        await _app.WithServicesAsync(s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.ApiKeys.Add(_key);
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string fileName, string contentType = "image/jpeg")
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Ghost", AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent("my-ref"), "ref");
        return await client.PostAsync("/ghost/api/admin/images/upload/", form);
    }

    private static byte[] PhotoWithLocation()
    {
        using var image = new Image<Rgb24>(120, 80, new Rgb24(200, 40, 40));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(3, 1), new Rational(8, 1), new Rational(0, 1)]);
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, "Secret Source Name");
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task APhotoIsStoredWithoutItsLocationUnderAServerMadeName()
    {
        var response = await UploadAsync(PhotoWithLocation(), "../../etc/passwd.jpg");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var image = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["images"]![0]!;
        Assert.Equal("my-ref", image["ref"]!.GetValue<string>());
        var url = new Uri(image["url"]!.GetValue<string>());
        Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{24}\.jpg$", url.AbsolutePath);

        var served = await _app.CreateClient().GetAsync(url.AbsolutePath);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        using var stored = Image.Load(bytes);
        Assert.Null(stored.Metadata.ExifProfile);
        Assert.DoesNotContain("Secret Source Name", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("payload_in_all_known_metadata.jpg", "image/jpeg")]
    [InlineData("payload_in_all_known_metadata.png", "image/png")]
    public async Task PayloadsHiddenInMetadataAreNotKept(string fixture, string type)
    {
        var response = await UploadAsync(await File.ReadAllBytesAsync(Path.Combine(Repo.Shared, "fixtures", "xss", fixture)), fixture, type);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = new Uri(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["images"]![0]!["url"]!.GetValue<string>());
        var bytes = await _app.CreateClient().GetByteArrayAsync(url.AbsolutePath);
        Assert.DoesNotContain("alert(1)", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileSvgs() => new(Directory.GetFiles(Path.Combine(Repo.Shared, "fixtures", "xss"), "*.svg").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(HostileSvgs))]
    public async Task SvgIsRefusedWhateverItClaimsToBe(string fixture)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Repo.Shared, "fixtures", "xss", fixture));

        foreach (var (name, type) in new[] { (fixture, "image/svg+xml"), ("innocent.png", "image/png") })
        {
            var response = await UploadAsync(bytes, name, type);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("UnsupportedMediaTypeError", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["type"]!.GetValue<string>());
        }

        Assert.Empty(Directory.EnumerateFiles(_media, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task NotAnImageADamagedImageAHugeBitmapAndATooLargeFileAreRefused()
    {
        var damaged = PhotoWithLocation()[..400];
        using var bomb = new Image<L8>(3000, 3000);
        using var bombStream = new MemoryStream();
        bomb.SaveAsPng(bombStream);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "page.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(damaged, "cut.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(bombStream.ToArray(), "bomb.png", "image/png")).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(new byte[400_000], "big.jpg")).StatusCode);
        Assert.Contains((await UploadAsync([], "empty.jpg")).StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType });
        Assert.Empty(Directory.EnumerateFiles(_media, "*", SearchOption.AllDirectories));
    }
}
