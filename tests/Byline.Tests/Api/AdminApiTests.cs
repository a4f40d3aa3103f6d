using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Api;
using Byline.Tests.Infrastructure;
using Byline.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

public sealed class AdminApiTests : IAsyncLifetime
{
    private readonly BylineApp _app = new();
    private ApiKey _key = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _key = ApiKeys.Generate("tests", DateTime.UtcNow);
        await _app.WithServicesAsync(s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.ApiKeys.Add(_key);
            db.Webhooks.Add(new Webhook { Name = "w", Event = WebhookEvents.Published, TargetUrl = "https://example.invalid/", Secret = "s", CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    private HttpClient Client(string? token = null)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Ghost", token ?? AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret));
        return client;
    }

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private async Task<JsonNode> AddAsync(object post)
    {
        var response = await Client().PostAsync("/ghost/api/admin/posts/?source=html", Json(new { posts = new[] { post } }));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await BodyAsync(response))["posts"]![0]!;
    }

    [Fact]
    public async Task ADraftIsCreatedFromHtmlSanitizedAndNotOnTheSite()
    {
        var post = await AddAsync(new { title = "Ferry Services Resume", html = "<p>Ferries <b>resumed</b>.</p><script>alert(1)</script><img src=x onerror=alert(1)>", tags = new object[] { "Politics", "Transport" } });

        Assert.Equal("draft", post["status"]!.GetValue<string>());
        Assert.Equal("ferry-services-resume", post["slug"]!.GetValue<string>());
        Assert.DoesNotContain("script", post["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", post["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("politics", post["primary_tag"]!["slug"]!.GetValue<string>());
        Assert.Equal(["Politics", "Transport"], post["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/politics/ferry-services-resume")).StatusCode);
    }

    [Fact]
    public async Task PublishingThroughTheApiPutsTheStoryLiveAndQueuesItsWebhook()
    {
        var draft = await AddAsync(new { title = "Bridge Reopens", html = "<p>Traffic flows again.</p>", section = "World", authors = new[] { new { slug = "aryan-singh" } } });

        var response = await Client().PutAsync($"/ghost/api/admin/posts/{draft["id"]}/",
            Json(new { posts = new[] { new { updated_at = draft["updated_at"]!.GetValue<string>(), status = "published" } } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await BodyAsync(response))["posts"]![0]!;
        Assert.Equal("published", post["status"]!.GetValue<string>());
        Assert.Equal("http://localhost/world/bridge-reopens", post["url"]!.GetValue<string>());
        Assert.Equal("Aryan Singh", post["primary_author"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/world/bridge-reopens")).StatusCode);
        Assert.Equal(1, await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().WebhookDeliveries.CountAsync()));
    }

    [Fact]
    public async Task AStaleEditIsRefusedAndTheNewerVersionKept()
    {
        var post = await AddAsync(new { title = "Original Headline", html = "<p>Body.</p>" });
        var first = await Client().PutAsync($"/ghost/api/admin/posts/{post["id"]}/",
            Json(new { posts = new[] { new { updated_at = post["updated_at"]!.GetValue<string>(), title = "First Editor's Headline" } } }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await Client().PutAsync($"/ghost/api/admin/posts/{post["id"]}/",
            Json(new { posts = new[] { new { updated_at = post["updated_at"]!.GetValue<string>(), title = "Second Editor's Headline" } } }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("UpdateCollisionError", (await BodyAsync(second))["errors"]![0]!["type"]!.GetValue<string>());
        var read = await Client().GetAsync($"/ghost/api/admin/posts/{post["id"]}/");
        Assert.Equal("First Editor's Headline", (await BodyAsync(read))["posts"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SchedulingNeedsAFutureTimeAndUnpublishingTakesTheStoryDown()
    {
        var past = await Client().PostAsync("/ghost/api/admin/posts/", Json(new { posts = new[] { new { title = "Too Late", status = "scheduled", published_at = "2020-01-01T00:00:00Z" } } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);

        var scheduled = await AddAsync(new { title = "Budget Speech", html = "<p>At eight.</p>", status = "scheduled", published_at = DateTime.UtcNow.AddHours(2).ToString("O") });
        Assert.Equal("scheduled", scheduled["status"]!.GetValue<string>());

        var live = await AddAsync(new { title = "Storm Warning", html = "<p>Stay inside.</p>", status = "published", section = "Climate" });
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/climate/storm-warning")).StatusCode);
        var down = await Client().PutAsync($"/ghost/api/admin/posts/{live["id"]}/", Json(new { posts = new[] { new { updated_at = live["updated_at"]!.GetValue<string>(), status = "draft" } } }));
        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/climate/storm-warning")).StatusCode);
    }

    [Fact]
    public async Task DeletingAStoryRemovesItAndATakenSlugIsNumbered()
    {
        var first = await AddAsync(new { title = "Same Title", html = "<p>One.</p>" });
        var second = await AddAsync(new { title = "Same Title", html = "<p>Two.</p>" });
        Assert.Equal("same-title-2", second["slug"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await Client().DeleteAsync($"/ghost/api/admin/posts/{first["id"]}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/ghost/api/admin/posts/{first["id"]}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client().DeleteAsync($"/ghost/api/admin/posts/{first["id"]}/")).StatusCode);
    }

    public static TheoryData<string> BadTokens() => new()
    {
        "not-a-token",
        "a.b.c",
        "eyJhbGciOiJub25lIn0.eyJleHAiOjQxMDI0NDQ4MDB9.",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task AMalformedTokenIsRefused(string token) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(token).GetAsync("/ghost/api/admin/posts/")).StatusCode);

    [Fact]
    public async Task TokensThatAreForgedExpiredTooLongLivedOrForAnotherAudienceAreRefused()
    {
        var forged = AdminTokens.Mint(_key.AdminKeyId, new string('0', 64));
        var expired = AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret, DateTimeOffset.UtcNow.AddMinutes(-30));
        var tooLong = AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret, lifetime: TimeSpan.FromHours(1));
        var audience = AdminTokens.Mint(_key.AdminKeyId, _key.AdminSecret, audience: "/content/");
        var unknown = AdminTokens.Mint("0123456789abcdef01234567", _key.AdminSecret);
        foreach (var token in new[] { forged, expired, tooLong, audience, unknown })
        {
            var response = await Client(token).GetAsync("/ghost/api/admin/posts/");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("UnauthorizedError", (await BodyAsync(response))["errors"]![0]!["type"]!.GetValue<string>());
        }

        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/ghost/api/admin/posts/", Json(new { posts = new[] { new { title = "x" } } }))).StatusCode);
        Assert.Equal(0, await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.CountAsync(x => x.Headline == "x")));
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAtOnce()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/ghost/api/admin/posts/")).StatusCode);
        await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().ApiKeys.ExecuteUpdateAsync(u => u.SetProperty(k => k.Revoked, true)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/ghost/api/admin/posts/")).StatusCode);
    }

    [Fact]
    public async Task BadBodiesGetGhostShapedErrorsNeverA500()
    {
        var client = Client();
        var cases = new (string Body, HttpStatusCode Expected)[]
        {
            ("not json", HttpStatusCode.BadRequest),
            ("{}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": []}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": 42}]}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": \"t\", \"status\": \"live\"}]}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": \"t\", \"published_at\": \"someday\"}]}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": \"t\", \"authors\": [{\"slug\": \"nobody\"}]}]}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": \"t\", \"lexical\": \"{}\"}]}", HttpStatusCode.UnprocessableEntity),
            ("{\"posts\": [{\"title\": \"" + new string('x', 400) + "\"}]}", HttpStatusCode.UnprocessableEntity),
            ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", HttpStatusCode.BadRequest),
        };
        foreach (var (body, expected) in cases)
        {
            var response = await client.PostAsync("/ghost/api/admin/posts/", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == expected, $"{body[..Math.Min(40, body.Length)]}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.NotNull((await BodyAsync(response))["errors"]![0]!["message"]);
        }

        var huge = await client.PostAsync("/ghost/api/admin/posts/", new StringContent("{\"posts\":[{\"title\":\"t\",\"html\":\"" + new string('a', 6 * 1024 * 1024) + "\"}]}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ghost/api/admin/no-such-thing/")).StatusCode);
        Assert.Contains((await client.GetAsync("/ghost/api/admin/posts/not-an-id/")).StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity });
    }

    [Fact]
    public async Task TheOpenApiDocumentAndReferencePageDescribeTheAdminApi()
    {
        var client = _app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/api/admin/openapi.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/ghost/api/admin/posts", paths);
        Assert.Contains("/ghost/api/admin/posts/{id}", paths);
        Assert.Contains("/ghost/api/admin/images/upload", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/ghost/api/content", StringComparison.Ordinal));

        var (response, page) = await client.GetPageAsync("/api/admin/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("td code"), c => c.TextContent == "/ghost/api/admin/posts/{id}/");
        Assert.Empty(page.QuerySelectorAll("script"));
    }
}
