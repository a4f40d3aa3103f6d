using Byline.Authors;
using Byline.Import;
using Byline.Search;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Search;

// The index follows every way a story reaches the database, and catches up on a database that
// had stories before search existed.
public sealed class SearchIndexTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    [Fact]
    public async Task RestoringAnExportIndexesItsStoriesAndRestoringAgainUpdatesThem()
    {
        await Restore("The first body mentions glimmerquad.");
        var client = app.CreateClient();
        Assert.Equal(["Restored story"], await client.HeadlinesAsync("glimmerquad"));
        Assert.Equal(["Restored story"], await client.HeadlinesAsync("restorewright"));

        await Restore("The second body mentions plonkavast.");

        Assert.Empty(await client.HeadlinesAsync("glimmerquad"));
        Assert.Equal(["Restored story"], await client.HeadlinesAsync("plonkavast"));
    }

    [Fact]
    public async Task StoriesWithoutSearchRowsAreIndexedWhenTheAppStartsAndMigrates()
    {
        await app.SaveAsync(SearchHelpers.Story("before-search", "Older story", "It speaks of the wuzzlebeck."));

        // As if the story had been saved before the Search migration: no search row.
        await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().SearchDocuments.Where(d => d.Headline == "Older story").ExecuteDeleteAsync());
        var client = app.CreateClient();
        Assert.Empty(await client.HeadlinesAsync("wuzzlebeck"));

        await using (var restarted = new SameDatabaseApp(app.Database.ConnectionString))
        {
            _ = restarted.Server;
        }

        // This node had cached the empty answer; the restarted one's catch-up evicts it, within a poll.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.HeadlinesAsync("wuzzlebeck")).Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(50);
        }

        Assert.Equal(["Older story"], await client.HeadlinesAsync("wuzzlebeck"));
    }

    [Fact]
    public async Task ADirectlyInsertedPublishedStoryIsIndexedByTheSameSave()
    {
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            var author = new Author { Name = "Quentin Directwell", Slug = "quentin-directwell" };
            db.Stories.Add(new Story
            {
                Headline = "Direct insert",
                Slug = "direct-insert",
                BodyHtml = "<p>A body with <em>snicker</em>snack.</p><p>Another paragraph</p>",
                Status = StoryStatus.Published,
                PublishedAt = DateTime.UtcNow.AddMinutes(-1),
                Authors = [new StoryAuthor { Author = author }],
            });
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        Assert.Equal(["Direct insert"], await client.HeadlinesAsync("snickersnack"));
        Assert.Equal(["Direct insert"], await client.HeadlinesAsync("\"paragraph\" directwell"));
        var document = await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().SearchDocuments.SingleAsync(d => d.Headline == "Direct insert"));
        Assert.Equal("A body with snickersnack. Another paragraph", document.Body);
    }

    // The same story exported again keeps its id: restoring it updates, never duplicates.
    private static readonly Guid RestoredId = Guid.NewGuid();
    private static readonly DateTime RestoredAt = DateTime.UtcNow.AddDays(-2);

    private Task<List<ImportResult>> Restore(string body) => app.WithServicesAsync(s => s.GetRequiredService<Restorer>().RestoreAsync(
        new ExportDocument(
            1,
            DateTime.UtcNow,
            null,
            [new ExportSection("Archive", "archive", null, 0)],
            [],
            [new ExportAuthor("Rita Restorewright", "rita-restorewright", null, null, null, null, [])],
            [],
            [],
            [new ExportStory(
                RestoredId, "Restored story", "restored-story", null, null, null, body, "archive", ["rita-restorewright"], [], null,
                StoryStatus.Published, RestoredAt, RestoredAt, RestoredAt, null, null, null, [])]),
        "test.json",
        CancellationToken.None));

    // A second start of the app over the same database, as after an upgrade.
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
