using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Api;
using Byline.Newsroom.Audit;
using Byline.Tests.Api;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Articles;

// A published story's old address keeps working, as a permanent redirect to where it is now,
// whichever way the slug was changed.
public sealed class SlugRedirectTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    private HttpClient Reader() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    // Renames through StoryWriter, as a re-import does: the source key says it is the same story.
    private Task RenameAsync(string sourceKey, string slug) =>
        _app.SaveAsync(TestStories.FreshStory(slug) with { SourceKey = sourceKey, Headline = "Floods recede in the east" });

    private static async Task AssertMovedAsync(HttpClient reader, string from, string to)
    {
        var response = await reader.GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnImportThatChangesAPublishedStorysSlugLeavesA301AtTheOldAddress()
    {
        await RenameAsync("text:floods", "floods-recede");
        await RenameAsync("text:floods", "floods-recede-in-the-east");
        var reader = Reader();

        await AssertMovedAsync(reader, "/politics/floods-recede", "/politics/floods-recede-in-the-east");
        await AssertMovedAsync(reader, "/news/floods-recede", "/politics/floods-recede-in-the-east");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/politics/floods-recede-in-the-east")).StatusCode);
        var audit = await _app.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.StorySlugChanged).SingleAsync());
        Assert.Equal("floods-recede to floods-recede-in-the-east", audit.Detail);
        Assert.Equal("command line", audit.Address);
    }

    [Fact]
    public async Task AChainOfRenamesSendsTheOldestAddressStraightToTheNewest()
    {
        await RenameAsync("text:floods", "a-floods");
        await RenameAsync("text:floods", "b-floods");
        await RenameAsync("text:floods", "c-floods");
        var reader = Reader();

        await AssertMovedAsync(reader, "/politics/a-floods", "/politics/c-floods");
        await AssertMovedAsync(reader, "/politics/b-floods", "/politics/c-floods");
    }

    [Fact]
    public async Task ANewStoryThatTakesAnOldSlugWinsAndTheRedirectIsRemoved()
    {
        await RenameAsync("text:floods", "floods");
        await RenameAsync("text:floods", "floods-recede");
        await _app.SaveAsync(TestStories.FreshStory("floods") with { SourceKey = "text:other", Headline = "Floods return" });

        var (response, page) = await Reader().GetPageAsync("/politics/floods");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Floods return", page.QuerySelector("h1.headline")!.Text());
        Assert.Equal(0, await _app.QueryAsync(db => db.StoryRedirects.CountAsync(r => r.Slug == "floods")));
    }

    [Fact]
    public async Task RenamingBackToAnOldSlugDropsItsRedirect()
    {
        await RenameAsync("text:floods", "floods");
        await RenameAsync("text:floods", "floods-recede");
        await RenameAsync("text:floods", "floods");
        var reader = Reader();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/politics/floods")).StatusCode);
        await AssertMovedAsync(reader, "/politics/floods-recede", "/politics/floods");
        Assert.Equal(["floods-recede"], await _app.QueryAsync(db => db.StoryRedirects.Select(r => r.Slug).ToListAsync()));
    }

    [Fact]
    public async Task ADraftsOldSlugAndAnUnpublishedStorysOldSlugDoNotRedirect()
    {
        await _app.SaveAsync(TestStories.FreshStory("draft-one") with { SourceKey = "text:draft", Status = StoryStatus.Draft, PublishedAt = null });
        await _app.SaveAsync(TestStories.FreshStory("draft-two") with { SourceKey = "text:draft", Status = StoryStatus.Draft, PublishedAt = null });
        await RenameAsync("text:floods", "floods");
        await RenameAsync("text:floods", "floods-recede");
        await _app.SaveAsync(TestStories.FreshStory("floods-recede") with { SourceKey = "text:floods", Status = StoryStatus.Unpublished });
        var reader = Reader();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/politics/draft-one")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/politics/floods")).StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.StoryRedirects.CountAsync(r => r.Slug == "draft-one")));
        Assert.Equal(["floods to floods-recede"], await _app.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.StorySlugChanged).Select(e => e.Detail).ToListAsync()));
    }

    [Fact]
    public async Task ASlugChangedThroughTheAdminApiRedirectsAndTheAuditNamesTheKey()
    {
        var key = ApiKeys.Generate("wire desk", DateTime.UtcNow);
        await _app.QueryAsync(db =>
        {
            db.ApiKeys.Add(key);
            return db.SaveChangesAsync();
        });
        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Ghost", AdminTokens.Mint(key.AdminKeyId, key.AdminSecret));
        var created = await api.PostAsync("/ghost/api/admin/posts/", Json(new { posts = new[] { new { title = "Bridge Reopens", status = "published" } } }));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var post = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["posts"]![0]!;

        var edited = await api.PutAsync($"/ghost/api/admin/posts/{post["id"]}/",
            Json(new { posts = new[] { new { updated_at = post["updated_at"]!.GetValue<string>(), slug = "bridge-reopens-after-repairs" } } }));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        await AssertMovedAsync(Reader(), "/news/bridge-reopens", "/news/bridge-reopens-after-repairs");
        var audit = await _app.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.StorySlugChanged).SingleAsync());
        Assert.Equal("Admin API key: wire desk", audit.ActorEmail);
    }

    [Fact]
    public async Task ADirectSaveThatChangesTheSlugRedirectsToo()
    {
        await RenameAsync("text:floods", "floods");

        await _app.QueryAsync(async db =>
        {
            (await db.Stories.SingleAsync(s => s.Slug == "floods")).Slug = "floods-direct";
            return await db.SaveChangesAsync();
        });

        await AssertMovedAsync(Reader(), "/politics/floods", "/politics/floods-direct");
    }

    [Fact]
    public async Task ARedirectSurvivesARestartBecauseItIsKeptInTheDatabase()
    {
        await RenameAsync("text:floods", "floods");
        await RenameAsync("text:floods", "floods-recede");

        await using var restarted = new SameDatabaseApp(_app.Database.ConnectionString);
        var response = await restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/politics/floods");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/politics/floods-recede", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APagesOldSlugRedirectsToItsNewOne()
    {
        await _app.WithServicesAsync(s => s.GetRequiredService<Byline.Import.StoryWriter>().SavePageAsync(new Byline.Import.IncomingPage("About us", "about-us", "Who we are.", null), CancellationToken.None));

        await _app.QueryAsync(async db =>
        {
            (await db.Pages.SingleAsync(p => p.Slug == "about-us")).Slug = "about";
            return await db.SaveChangesAsync();
        });

        await AssertMovedAsync(Reader(), "/about-us", "/about");
        Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync("/about")).StatusCode);
    }

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private sealed class SameDatabaseApp(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Byline", connectionString);
            builder.UseSetting("Byline:AutoMigrate", "true");
            builder.UseSetting("Byline:Demo", "false");
        }
    }
}
