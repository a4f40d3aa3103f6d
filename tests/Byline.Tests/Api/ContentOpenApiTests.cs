using System.Text.Json.Nodes;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Api;

// /api/content/openapi.json describes the public read APIs: Ghost's Content API with Byline's
// includes, /api/quotes and /api/search; the Admin API keeps its own document.
public sealed class ContentOpenApiTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/content/openapi.json"))!;

    private static List<string> Parameters(JsonNode operation) =>
        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task TheContentDocumentDescribesPostsIncludesAndTheQuoteSearch()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();

        Assert.Equal("Byline Content API", document["info"]!["title"]!.GetValue<string>());
        foreach (var path in new[] { "/ghost/api/content/posts", "/ghost/api/content/posts/{id}", "/ghost/api/content/posts/slug/{slug}", "/api/quotes", "/api/search" })
        {
            Assert.True(paths.ContainsKey(path), path);
        }

        Assert.DoesNotContain(paths, p => p.Key.StartsWith("/ghost/api/admin", StringComparison.Ordinal) || p.Key.Contains("**", StringComparison.Ordinal));

        var browse = paths["/ghost/api/content/posts"]!["get"]!;
        Assert.Equal(["key", "filter", "include", "fields", "order", "limit", "page"], Parameters(browse));
        var include = browse["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "include")!;
        var values = include["schema"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Equal(["tags", "authors", "quotes", "people", "organisations", "places"], values);
        foreach (var read in new[] { "/ghost/api/content/posts/{id}", "/ghost/api/content/posts/slug/{slug}" })
        {
            Assert.Contains("include", Parameters(paths[read]!["get"]!));
            Assert.Contains("fields", Parameters(paths[read]!["get"]!));
        }

        var quotes = paths["/api/quotes"]!["get"]!;
        Assert.Equal(["speaker", "q", "page", "limit"], Parameters(quotes));
        Assert.DoesNotContain("key", Parameters(quotes));
        var responses = quotes["responses"]!.AsObject().Select(r => r.Key).ToList();
        Assert.Equal(["200", "400", "404"], responses.Order());

        var schemas = document["components"]!["schemas"]!;
        Assert.Equal(["text", "speaker", "mention", "paragraph", "fragment", "continues", "story"], schemas["QuoteHit"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["text", "speaker", "mention", "paragraph", "fragment", "continues"], schemas["Quote"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["name", "slug", "url", "description", "mentions", "quotes"], schemas["Named"]!["properties"]!.AsObject().Select(p => p.Key));
        var post = schemas["Post"]!["properties"]!.AsObject();
        Assert.True(post.ContainsKey("published_at"));
        foreach (var added in new[] { "quotes", "people", "organisations", "places" })
        {
            Assert.True(post.ContainsKey(added), added);
        }
    }

    [Fact]
    public async Task TheAdminDocumentLeavesThePublicApisOut()
    {
        var admin = JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/admin/openapi.json"))!;

        Assert.DoesNotContain(admin["paths"]!.AsObject(), p => !p.Key.StartsWith("/ghost/api/admin", StringComparison.Ordinal));
    }
}
