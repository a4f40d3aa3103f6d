using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Api;
using Byline.Media;
using Byline.Tests.Api;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Media;

// A library image leads a story only with alt text, the story's own or the library's. Checked
// where the Admin API saves a post, and by MediaLibrary for the newsroom's own story editor.
public sealed class FeaturedImageAltTextTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;
    private ApiKey _key = null!;

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Media:Path"] = _media;
        await _app.InitializeAsync();
        _key = ApiKeys.Generate("alt", DateTime.UtcNow);
        await _app.QueryAsync(db =>
        {
            db.ApiKeys.Add(_key);
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    private HttpClient Client()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Ghost", AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret));
        return client;
    }

    private async Task<string> UploadAsync()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(TestImages.PhotoWithLocation(1000, 700)), "file", "protest.jpg");
        var response = await Client().PostAsync("/ghost/api/admin/images/upload/", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["images"]![0]!["url"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> PostAsync(object post) =>
        Client().PostAsync("/ghost/api/admin/posts/", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { posts = new[] { post } }), Encoding.UTF8, "application/json"));

    [Fact]
    public async Task AnAdminApiUploadJoinsTheLibraryWithItsVariants()
    {
        var url = await UploadAsync();

        var asset = await _app.QueryAsync(db => db.MediaAssets.SingleAsync());
        Assert.Equal(new Uri(url).AbsolutePath, asset.Url);
        Assert.Equal(("protest.jpg", null), (asset.FileName, asset.UploadedById));
        Assert.Equal([320, 640, 960, 1000], asset.Variants.Select(v => v.Width));
    }

    [Fact]
    public async Task APostWhoseLibraryImageHasNoAltTextIsRefused()
    {
        var url = await UploadAsync();

        var response = await PostAsync(new { title = "Rally in the square", feature_image = url });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("ValidationError", error["type"]!.GetValue<string>());
        Assert.Contains("“protest.jpg”", error["context"]!.GetValue<string>().Replace("\"protest.jpg\"", "“protest.jpg”", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task TheLibrarysAltTextIsUsedWhenThePostHasNone()
    {
        var url = await UploadAsync();
        await _app.QueryAsync(db => db.MediaAssets.ExecuteUpdateAsync(a => a.SetProperty(x => x.Alt, "Marchers with banners")));

        var response = await PostAsync(new { title = "Rally in the square", feature_image = url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var image = await _app.QueryAsync(db => db.Stories.AsNoTracking().Select(s => s.FeaturedImage).SingleAsync());
        Assert.Equal((new Uri(url).AbsolutePath, "Marchers with banners"), (image!.Url, image.Alt));
    }

    [Fact]
    public async Task APostsOwnAltTextOrAnOutsideImageNeedsNothingFromTheLibrary()
    {
        var url = await UploadAsync();

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(new { title = "With alt", feature_image = url, feature_image_alt = "Marchers" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(new { title = "Outside image", feature_image = "https://images.example.com/x.jpg" })).StatusCode);
        await _app.WithServicesAsync(async s =>
        {
            var library = s.GetRequiredService<MediaLibrary>();
            await Assert.ThrowsAsync<MediaException>(() => library.RequireAltTextAsync(new FeaturedImage { Url = new Uri(url).AbsolutePath, Alt = " " }, CancellationToken.None));
            return 0;
        });
    }
}
