using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// /ghost/api/content/posts over the demo publication (20 live stories, Asia/Kuala_Lumpur).
public sealed partial class ContentApiPostsTests(BylineApp app) : IClassFixture<BylineApp>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> Url(string pathAndQuery) =>
        $"/ghost/api/content/{pathAndQuery}{(pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?")}key={await app.AddKeyAsync()}";

    [Fact]
    public async Task BrowsePostsAnswersInGhostsShapeWithPagination()
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url("posts/?limit=5"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetProperty("posts").GetArrayLength());
        var pagination = body.Pagination();
        Assert.Equal((1, 5, 4, 20), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("limit").GetInt32(), pagination.GetProperty("pages").GetInt32(), pagination.GetProperty("total").GetInt32()));
        Assert.Equal(2, pagination.GetProperty("next").GetInt32());
        Assert.Equal(JsonValueKind.Null, pagination.GetProperty("prev").ValueKind);

        var post = body.GetProperty("posts")[0];
        Assert.Matches("^[0-9a-f]{24}$", post.GetProperty("id").GetString());
        Assert.True(Guid.TryParse(post.GetProperty("uuid").GetString(), out _));
        Assert.StartsWith("<p>", post.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/", post.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Matches(IsoWithOffset(), post.GetProperty("published_at").GetString());
        Assert.EndsWith("+08:00", post.GetProperty("published_at").GetString(), StringComparison.Ordinal);
        Assert.True(post.GetProperty("reading_time").GetInt32() >= 1);
        Assert.False(post.GetProperty("featured").GetBoolean());
        Assert.Equal("public", post.GetProperty("visibility").GetString());
        Assert.False(string.IsNullOrEmpty(post.GetProperty("excerpt").GetString()));
        Assert.False(post.TryGetProperty("plaintext", out _));
        Assert.False(post.TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task PagesWalkThroughEveryPostOnceNewestFirst()
    {
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            seen.AddRange((await _client.GetJsonAsync(await Url($"posts?limit=7&page={page}"))).Body.Slugs("posts"));
        }

        Assert.Equal(20, seen.Distinct().Count());
        var (_, all, _) = await _client.GetJsonAsync(await Url("posts?limit=all&fields=slug,published_at"));
        var times = all.GetProperty("posts").EnumerateArray().Select(p => DateTimeOffset.Parse(p.GetProperty("published_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Equal(seen, all.Slugs("posts"));
    }

    [Fact]
    public async Task APageBeyondTheEndIsEmptyWithCorrectMeta()
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url("posts?limit=5&page=99"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("posts").GetArrayLength());
        Assert.Equal(99, body.Pagination().GetProperty("page").GetInt32());
        Assert.Equal(20, body.Pagination().GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.Pagination().GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("all", 100)]
    [InlineData("500", 100)]
    [InlineData("99999999999999999999", 100)]
    [InlineData("3", 3)]
    public async Task LimitIsAtMostAHundred(string limit, int expected)
    {
        var (_, body, _) = await _client.GetJsonAsync(await Url($"posts?limit={limit}&fields=slug"));
        Assert.Equal(expected, body.Pagination().GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("tag:climate", 3)]
    [InlineData("tag:flooding", 1)]
    [InlineData("tags.slug:[climate,sport]", 6)]
    [InlineData("tag:-climate", 17)]
    [InlineData("primary_tag:climate", 3)]
    [InlineData("author:farah-iskandar", 6)]
    [InlineData("authors:[farah-iskandar,mei-ling-tan]", 9)]
    [InlineData("primary_author:mei-ling-tan", 4)]
    [InlineData("published_at:>='2025-10-25'", 7)]
    [InlineData("published_at:<'2025-10-21 00:00:00'", 2)]
    [InlineData("published_at:>'2025-10-25T10:30:00+08:00'", 6)]
    [InlineData("published_at:>now-30d", 0)]
    [InlineData("tag:climate+published_at:>'2025-10-24'", 1)]
    [InlineData("tag:climate+published_at:>='2025-10-24'", 2)]
    [InlineData("tag:climate,tag:sport", 6)]
    [InlineData("title:~'data'", 2)]
    [InlineData("title:~'DATA'", 2)]
    [InlineData("title:-~'data'", 18)]
    [InlineData("title:~^'johor'", 1)]
    [InlineData("slug:[johor-data-centres-water-power,kl-night-marathon-record-field]", 2)]
    [InlineData("featured:false+visibility:public", 20)]
    [InlineData("featured:true", 0)]
    [InlineData("feature_image:-null", 0)]
    [InlineData("tag:no-such-tag", 0)]
    public async Task FiltersSelectPostsAsGhostWould(string filter, int expected)
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url($"posts?limit=all&fields=slug&filter={Uri.EscapeDataString(filter)}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body.Pagination().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task IncludeTagsPutsTheSectionFirstAsThePrimaryTag()
    {
        var (_, body, _) = await _client.GetJsonAsync(await Url("posts/slug/johor-data-centres-water-power/?include=tags,authors"));
        var post = body.GetProperty("posts")[0];
        var tags = post.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["technology", "ai", "data-centres", "energy", "water"], tags);
        Assert.Equal("technology", post.GetProperty("primary_tag").GetProperty("slug").GetString());
        Assert.Equal("http://localhost/technology", post.GetProperty("primary_tag").GetProperty("url").GetString());
        Assert.StartsWith("05", post.GetProperty("primary_tag").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(["farah-iskandar", "mei-ling-tan"], post.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList());
        Assert.Equal("farah-iskandar", post.GetProperty("primary_author").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ReadsByIdAndSlugAndAnswers404ForNeither()
    {
        var (_, bySlug, _) = await _client.GetJsonAsync(await Url("posts/slug/johor-data-centres-water-power"));
        var id = bySlug.GetProperty("posts")[0].GetProperty("id").GetString();
        var (status, byId, _) = await _client.GetJsonAsync(await Url($"posts/{id}/"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(byId.TryGetProperty("meta", out _));
        Assert.Equal("johor-data-centres-water-power", byId.Slugs("posts").Single());

        var (missing, error, _) = await _client.GetJsonAsync(await Url("posts/slug/no-such-story/"));
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("NotFoundError", error.Error().GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetJsonAsync(await Url("posts/04000000000000000000000a"))).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _client.GetJsonAsync(await Url("posts/not-an-id"))).Status);
    }

    [Fact]
    public async Task FieldsAndFormatsShapeTheOutput()
    {
        var (_, body, _) = await _client.GetJsonAsync(await Url("posts?limit=1&fields=title,url"));
        Assert.Equal(["id", "title", "url"], body.GetProperty("posts")[0].EnumerateObject().Select(p => p.Name).ToList());

        var (_, text, _) = await _client.GetJsonAsync(await Url("posts/slug/johor-data-centres-water-power?formats=plaintext"));
        var post = text.GetProperty("posts")[0];
        Assert.False(post.TryGetProperty("html", out _));
        Assert.DoesNotContain("<", post.GetProperty("plaintext").GetString(), StringComparison.Ordinal);
        Assert.Contains("Johor", post.GetProperty("plaintext").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftsAndFutureStoriesAreNeverServed()
    {
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            db.Stories.Add(new Story { Headline = "Embargoed", Slug = "api-embargoed", Status = StoryStatus.Published, PublishedAt = DateTime.UtcNow.AddDays(2) });
            db.Stories.Add(new Story { Headline = "Draft", Slug = "api-draft", Status = StoryStatus.Draft });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetJsonAsync(await Url("posts/slug/api-embargoed"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetJsonAsync(await Url("posts/slug/api-draft"))).Status);
        var (_, body, _) = await _client.GetJsonAsync(await Url("posts?limit=all&fields=slug&filter=slug:[api-draft,api-embargoed]"));
        Assert.Equal(0, body.GetProperty("posts").GetArrayLength());
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$")]
    private static partial Regex IsoWithOffset();
}
