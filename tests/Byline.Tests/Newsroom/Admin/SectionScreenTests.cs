using System.Net;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

public sealed class SectionScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string name, string slug = "", string description = "", int position = 0) => new()
    {
        ["Form.Name"] = name, ["Form.Slug"] = slug, ["Form.Description"] = description, ["Form.Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task AnEditorAddsASectionThatReadersSeeInTheNavigation()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);

        var edit = await editor.CreateAsync("/newsroom/sections", Fields("Regional Affairs", description: "News from the region"));

        var (response, page) = await desk.ReadAsync("/regional-affairs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("News from the region", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("nav[aria-label=Sections] a"), a => a.Text() == "Regional Affairs");
        var (_, list) = await editor.GetPageAsync("/newsroom/sections");
        Assert.NotNull(list.QuerySelector("tr[data-slug=regional-affairs]"));
        Assert.Equal(200, (int)(await editor.GetAsync(edit)).StatusCode);
    }

    [Fact]
    public async Task ARenameShowsAtOnceOnTheSectionPageAndOnEveryPageWithTheNavigation()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var edit = await editor.CreateAsync("/newsroom/sections", Fields("Weather Desk", "weather-desk"));
        await desk.App.SaveAsync(TestStories.FreshStory("storm-warning") with { Section = "Weather Desk", Tags = [], Authors = [] });
        await desk.PrimeAsync("/weather-desk", "/weather-desk/storm-warning", "/");

        await editor.SaveAsync(edit, Fields("Climate and Weather", "weather-desk", "Storms, heat and rain"));

        var (_, section) = await desk.ReadAsync("/weather-desk");
        Assert.Equal("Climate and Weather", section.QuerySelector("main h1")?.Text());
        Assert.Contains("Storms, heat and rain", section.Body!.TextContent, StringComparison.Ordinal);
        var (_, story) = await desk.ReadAsync("/weather-desk/storm-warning");
        Assert.Contains(story.QuerySelectorAll("nav[aria-label=Sections] a"), a => a.Text() == "Climate and Weather");
        var (_, home) = await desk.ReadAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("nav[aria-label=Sections] a"), a => a.Text() == "Weather Desk");
        Assert.Contains(await desk.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.SectionChanged).Select(e => e.Subject).ToListAsync()), s => s == "section weather-desk");
    }

    [Fact]
    public async Task ASectionWithStoriesIsDeletedOnlyWithSomewhereToMoveThem()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var from = await editor.CreateAsync("/newsroom/sections", Fields("Old Desk", "old-desk"));
        var to = await editor.CreateAsync("/newsroom/sections", Fields("New Desk", "new-desk"));
        await desk.App.SaveAsync(TestStories.FreshStory("moving-story-one") with { Section = "Old Desk", Tags = [], Authors = [] });
        await desk.App.SaveAsync(TestStories.FreshStory("moving-story-two") with { Section = "Old Desk", Tags = [], Authors = [] });

        var refused = await editor.RefusedAsync(from, new Dictionary<string, string>(), "Delete");

        Assert.Contains(refused, e => e.StartsWith("2 stories are in this section", StringComparison.Ordinal));
        Assert.Equal(2, await desk.QueryAsync(db => db.Stories.CountAsync(s => s.Section!.Slug == "old-desk")));

        await editor.SaveAsync(from, new Dictionary<string, string> { ["moveTo"] = DeskForms.IdOf(to).ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Delete");

        Assert.False(await desk.QueryAsync(db => db.Sections.AnyAsync(s => s.Slug == "old-desk")));
        Assert.Equal(2, await desk.QueryAsync(db => db.Stories.CountAsync(s => s.Section!.Slug == "new-desk")));
        Assert.Equal(HttpStatusCode.OK, (await desk.ReadAsync("/new-desk/moving-story-one")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.ReadAsync("/old-desk")).Response.StatusCode);
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.SectionDeleted && e.Subject == "section old-desk")));
    }

    [Theory]
    [InlineData("World News", "may hold only lowercase letters")]
    [InlineData("world_news", "may hold only lowercase letters")]
    [InlineData("-world", "may hold only lowercase letters")]
    [InlineData("search", "one of the site's own addresses")]
    [InlineData("newsroom", "one of the site's own addresses")]
    public async Task ABadSlugIsRefusedWithAMessageThatSaysWhy(string slug, string message)
    {
        var editor = await desk.AsAsync(DeskApp.Editor);

        var errors = await editor.RefusedAsync("/newsroom/sections", Fields("Some Section", slug));

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.False(await desk.QueryAsync(db => db.Sections.AnyAsync(s => s.Name == "Some Section")));
    }

    [Fact]
    public async Task ASlugAlreadyTakenByASectionOrAPageIsRefused()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        await editor.CreateAsync("/newsroom/sections", Fields("Taken", "taken-section"));
        await editor.CreateAsync("/newsroom/pages", new Dictionary<string, string> { ["Form.Title"] = "Careers", ["Form.Slug"] = "careers-page" });

        var againSection = await editor.RefusedAsync("/newsroom/sections", Fields("Another", "taken-section"));
        var onPage = await editor.RefusedAsync("/newsroom/sections", Fields("Careers", "careers-page"));

        Assert.Contains(againSection, e => e.Contains("Another section already has the slug", StringComparison.Ordinal));
        Assert.Contains(onPage, e => e.Contains("The page /careers-page", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMissingNameOrAHugeDescriptionIsRefusedAndNothingIsSaved()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);

        var noName = await editor.RefusedAsync("/newsroom/sections", Fields(" \t ", "nameless"));
        var huge = await editor.RefusedAsync("/newsroom/sections", Fields("Huge", "huge", new string('x', 100_000)));

        Assert.Contains("Give the section a name.", noName);
        Assert.Contains(huge, e => e.Contains("at most 1,000 characters", StringComparison.Ordinal));
        Assert.False(await desk.QueryAsync(db => db.Sections.AnyAsync(s => s.Slug == "nameless" || s.Slug == "huge")));
    }
}
