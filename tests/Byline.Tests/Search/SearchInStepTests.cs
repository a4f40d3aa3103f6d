using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Search;

// Search follows a story through its life: only published, live stories are found, and an edit,
// an unpublish, a deletion or a renamed author or tag shows in the next search.
public sealed class SearchInStepTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    [Fact]
    public async Task DraftsAndStoriesScheduledForLaterAreNotFound()
    {
        await app.SaveAsync(SearchHelpers.Story("hidden-draft", "Draft about plimsoleum", "plimsoleum") with { Status = StoryStatus.Draft, PublishedAt = null });
        await app.SaveAsync(SearchHelpers.Story("hidden-later", "Embargoed plimsoleum", "plimsoleum") with { PublishedAt = DateTime.UtcNow.AddHours(3) });
        await app.SaveAsync(SearchHelpers.Story("hidden-review", "Reviewed plimsoleum", "plimsoleum") with { Status = StoryStatus.InReview });
        await app.SaveAsync(SearchHelpers.Story("shown", "Published plimsoleum", "plimsoleum"));

        Assert.Equal(["Published plimsoleum"], await app.CreateClient().HeadlinesAsync("plimsoleum"));
    }

    [Fact]
    public async Task EditingAStoryChangesWhatFindsIt()
    {
        var story = SearchHelpers.Story("edited", "Harbour report", "The old word is zephyrant.");
        await app.SaveAsync(story);
        var client = app.CreateClient();
        Assert.Single(await client.HeadlinesAsync("zephyrant"));

        await app.SaveAsync(story with { BodyMarkdown = "The new word is quorvane.", Tags = ["Brindlecove"] });

        Assert.Empty(await client.HeadlinesAsync("zephyrant"));
        Assert.Equal(["Harbour report"], await client.HeadlinesAsync("quorvane"));
        Assert.Equal(["Harbour report"], await client.HeadlinesAsync("brindlecove"));
    }

    [Fact]
    public async Task UnpublishingAndDeletingTakeAStoryOutOfSearch()
    {
        var unpublished = SearchHelpers.Story("unpublished", "Going away", "The word is skarnholt.");
        await app.SaveAsync(unpublished);
        await app.SaveAsync(SearchHelpers.Story("deleted", "Deleted soon", "The word is skarnholt too."));
        var client = app.CreateClient();
        Assert.Equal(2, (await client.HeadlinesAsync("skarnholt")).Count);

        await app.SaveAsync(unpublished with { Status = StoryStatus.Unpublished });
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Stories.Remove(await db.Stories.SingleAsync(x => x.Slug == "deleted"));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await client.HeadlinesAsync("skarnholt"));
        Assert.Equal(0, await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().SearchDocuments
            .CountAsync(d => d.Headline == "Going away" || d.Headline == "Deleted soon")));
    }

    [Fact]
    public async Task RenamingAnAuthorOrTagIsFoundUnderTheNewName()
    {
        await app.SaveAsync(SearchHelpers.Story("renamed", "Renaming story", "Body text.", author: "Old Vantablade") with { Tags = ["Oldtagword"] });
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            (await db.Authors.SingleAsync(a => a.Slug == "old-vantablade")).Name = "New Vantablade Crossley";
            (await db.Tags.SingleAsync(t => t.Slug == "oldtagword")).Name = "Newtagword";
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        Assert.Equal(["Renaming story"], await client.HeadlinesAsync("crossley"));
        Assert.Equal(["Renaming story"], await client.HeadlinesAsync("newtagword"));
        Assert.Empty(await client.HeadlinesAsync("oldtagword"));
    }
}
