using System.Net;
using System.Text.Json;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// Authors, tags (sections and tags together), pages and settings.
public sealed class ContentApiResourcesTests(BylineApp app) : IClassFixture<BylineApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> Url(string pathAndQuery) =>
        $"/ghost/api/content/{pathAndQuery}{(pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?")}key={await app.AddKeyAsync()}";

    [Fact]
    public async Task AuthorsCountTheirLivePosts()
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url("authors/?include=count.posts&limit=all"));
        Assert.Equal(HttpStatusCode.OK, status);
        var authors = body.GetProperty("authors").EnumerateArray().ToDictionary(a => a.GetProperty("slug").GetString()!, a => a);
        Assert.Equal(["aryan-singh", "farah-iskandar", "mei-ling-tan", "nguyen-thi-lan", "tomas-ferreira"], authors.Keys.ToList());
        Assert.Equal(6, authors["farah-iskandar"].GetProperty("count").GetProperty("posts").GetInt32());
        Assert.Equal("http://localhost/author/farah-iskandar", authors["farah-iskandar"].GetProperty("url").GetString());
        Assert.Equal("@farahiskandar", authors["farah-iskandar"].GetProperty("twitter").GetString());
        Assert.Equal(JsonValueKind.Null, authors["aryan-singh"].GetProperty("website").ValueKind);

        var (_, one, _) = await _client.GetJsonAsync(await Url("authors/slug/nguyen-thi-lan/"));
        Assert.Equal("Nguyễn Thị Lan", one.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.False(one.GetProperty("authors")[0].TryGetProperty("count", out _));
    }

    [Fact]
    public async Task TagsListSectionsAndTagsWithDistinctIds()
    {
        var (_, body, _) = await _client.GetJsonAsync(await Url("tags?limit=all&include=count.posts"));
        var tags = body.GetProperty("tags").EnumerateArray().ToList();
        var ids = tags.Select(t => t.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var names = tags.Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var climate = tags.Single(t => t.GetProperty("slug").GetString() == "climate");
        Assert.StartsWith("05", climate.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, climate.GetProperty("count").GetProperty("posts").GetInt32());
        Assert.Equal("http://localhost/climate", climate.GetProperty("url").GetString());
        var ai = tags.Single(t => t.GetProperty("slug").GetString() == "ai");
        Assert.Equal("http://localhost/tag/ai", ai.GetProperty("url").GetString());

        var (_, byId, _) = await _client.GetJsonAsync(await Url($"tags/{climate.GetProperty("id").GetString()}"));
        Assert.Equal("Climate", byId.GetProperty("tags")[0].GetProperty("name").GetString());
        var (_, filtered, _) = await _client.GetJsonAsync(await Url($"tags?filter=id:-{climate.GetProperty("id").GetString()}%2Bslug:[climate,ai]"));
        Assert.Equal(["ai"], filtered.Slugs("tags"));
    }

    [Fact]
    public async Task PagesAreTheStaticPages()
    {
        var (_, body, _) = await _client.GetJsonAsync(await Url("pages?limit=all&order=title%20asc"));
        Assert.Equal(["about", "contact", "corrections-policy", "privacy", "terms"], body.Slugs("pages"));
        var (status, about, _) = await _client.GetJsonAsync(await Url("pages/slug/about/"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("http://localhost/about", about.GetProperty("pages")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task SettingsAreOneObjectWithNavigation()
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url("settings/"));
        Assert.Equal(HttpStatusCode.OK, status);
        var settings = body.GetProperty("settings");
        Assert.Equal("The Meridian Ledger", settings.GetProperty("title").GetString());
        Assert.Equal("Asia/Kuala_Lumpur", settings.GetProperty("timezone").GetString());
        Assert.Equal("Politics", settings.GetProperty("navigation")[0].GetProperty("label").GetString());
        Assert.Equal("/about", settings.GetProperty("secondary_navigation")[0].GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("meta").ValueKind);
    }
}
