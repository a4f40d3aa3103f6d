using System.Net;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Newsroom.Admin;

public sealed class TagScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string name, string slug = "", string description = "") =>
        new() { ["Form.Name"] = name, ["Form.Slug"] = slug, ["Form.Description"] = description };

    private Task SaveStoryAsync(string slug, params string[] tags) =>
        desk.App.SaveAsync(TestStories.FreshStory(slug) with { Tags = [.. tags], Authors = [], Section = "Tag Tests" });

    [Fact]
    public async Task TheListShowsStoryCountsAndASearchNarrowsIt()
    {
        await SaveStoryAsync("counted-one", "Monsoon");
        await SaveStoryAsync("counted-two", "Monsoon", "Floods");
        var editor = await desk.AsAsync(DeskApp.Editor);

        var (_, all) = await editor.GetPageAsync("/newsroom/tags");
        var (_, found) = await editor.GetPageAsync("/newsroom/tags?q=MONS");

        Assert.Equal("2", all.QuerySelector("tr[data-slug=monsoon] td.num")?.Text());
        Assert.Equal("1", all.QuerySelector("tr[data-slug=floods] td.num")?.Text());
        Assert.Equal(["monsoon"], found.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-slug")));
    }

    [Fact]
    public async Task TheListIsPagedFiftyAtATime()
    {
        await desk.App.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            db.Tags.AddRange(Enumerable.Range(0, 60).Select(i => new Byline.Tags.Tag { Name = $"Paged {i:00}", Slug = $"paged-{i:00}" }));
            return await db.SaveChangesAsync();
        });
        var editor = await desk.AsAsync(DeskApp.Editor);

        var (_, first) = await editor.GetPageAsync("/newsroom/tags?q=paged");
        var (_, second) = await editor.GetPageAsync("/newsroom/tags?q=paged&p=2");

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("paged-50", second.QuerySelector("tbody tr")?.GetAttribute("data-slug"));
        Assert.Contains("Page 2 of 2", second.QuerySelector(".pager")?.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARenameAndNewSlugShowOnTheTagPageAndTheStoryAtOnce()
    {
        await SaveStoryAsync("renamed-tag-story", "Old Name Tag");
        var id = await desk.QueryAsync(db => db.Tags.Where(t => t.Slug == "old-name-tag").Select(t => t.Id).SingleAsync());
        await desk.PrimeAsync("/tag/old-name-tag", "/tag-tests/renamed-tag-story");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/tags/{id}", Fields("Fresh Name Tag", "fresh-name-tag", "All about the fresh name"));

        var (_, tag) = await desk.ReadAsync("/tag/fresh-name-tag");
        Assert.Equal("Fresh Name Tag", tag.QuerySelector("main h1")?.Text());
        Assert.Contains("All about the fresh name", tag.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.ReadAsync("/tag/old-name-tag")).Response.StatusCode);
        var (_, story) = await desk.ReadAsync("/tag-tests/renamed-tag-story");
        Assert.Contains(story.QuerySelectorAll("a[href='/tag/fresh-name-tag']"), a => a.Text() == "Fresh Name Tag");
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.TagChanged && e.Subject == "tag fresh-name-tag")));
    }

    [Fact]
    public async Task MergingMovesEveryStoryToTheKeptTagAndDeletesTheOther()
    {
        await SaveStoryAsync("merge-a", "Polls");
        await SaveStoryAsync("merge-b", "Polls", "Opinion Polls");
        await SaveStoryAsync("merge-c", "Opinion Polls");
        var id = await desk.QueryAsync(db => db.Tags.Where(t => t.Slug == "opinion-polls").Select(t => t.Id).SingleAsync());
        await desk.PrimeAsync("/tag/polls", "/tag-tests/merge-c");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/tags/{id}", new Dictionary<string, string> { ["into"] = "polls" }, "Merge");

        Assert.False(await desk.QueryAsync(db => db.Tags.AnyAsync(t => t.Slug == "opinion-polls")));
        Assert.Equal(["merge-a", "merge-b", "merge-c"], await desk.QueryAsync(db => db.Stories.Where(s => s.Tags.Any(t => t.Slug == "polls")).OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync()));
        var (_, tag) = await desk.ReadAsync("/tag/polls");
        Assert.NotNull(tag.QuerySelector("a[href='/tag-tests/merge-c']"));
        var (_, story) = await desk.ReadAsync("/tag-tests/merge-c");
        Assert.Null(story.QuerySelector("a[href='/tag/opinion-polls']"));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.TagMerged && e.Subject == "tag opinion-polls")));
    }

    [Fact]
    public async Task MergingIntoATagThatDoesNotExistIsRefused()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var edit = await editor.CreateAsync("/newsroom/tags", Fields("Lonely"));

        var errors = await editor.RefusedAsync(edit, new Dictionary<string, string> { ["into"] = "no-such-tag" }, "Merge");

        Assert.Contains("There is no tag with the slug “no-such-tag”.", errors);
        Assert.True(await desk.QueryAsync(db => db.Tags.AnyAsync(t => t.Slug == "lonely")));
    }

    [Fact]
    public async Task DeletingATagTakesItOffItsStoriesAndKeepsThem()
    {
        await SaveStoryAsync("keeps-its-page", "Doomed Tag", "Kept Tag");
        var id = await desk.QueryAsync(db => db.Tags.Where(t => t.Slug == "doomed-tag").Select(t => t.Id).SingleAsync());
        await desk.PrimeAsync("/tag-tests/keeps-its-page");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/tags/{id}", new Dictionary<string, string>(), "Delete");

        Assert.Equal(["kept-tag"], await desk.QueryAsync(db => db.Stories.Where(s => s.Slug == "keeps-its-page").SelectMany(s => s.Tags.Select(t => t.Slug)).ToListAsync()));
        var (_, story) = await desk.ReadAsync("/tag-tests/keeps-its-page");
        Assert.Null(story.QuerySelector("a[href='/tag/doomed-tag']"));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.TagDeleted && e.Subject == "tag doomed-tag")));
    }

    [Fact]
    public async Task ARenameOntoAnotherTagsSlugIsRefusedWithAPointerToMerge()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        await editor.CreateAsync("/newsroom/tags", Fields("First Of Two", "first-of-two"));
        var second = await editor.CreateAsync("/newsroom/tags", Fields("Second Of Two", "second-of-two"));

        var errors = await editor.RefusedAsync(second, Fields("Second Of Two", "first-of-two"));

        Assert.Contains(errors, e => e.Contains("merge the tags instead", StringComparison.Ordinal));
        Assert.Equal("second-of-two", await desk.QueryAsync(db => db.Tags.Where(t => t.Id == DeskForms.IdOf(second)).Select(t => t.Slug).SingleAsync()));
    }
}
