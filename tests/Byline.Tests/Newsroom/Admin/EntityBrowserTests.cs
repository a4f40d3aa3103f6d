using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Byline.Tests.Newsroom.Admin;

// An editor in a real Chromium corrects what the analysis found in two stories (one person under
// two names), tags a story from what its editor shows, and a reader sees the corrected pages.
public sealed class EntityBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), "byline-screens", name);

    [Fact]
    public async Task AnEditorMergesTwoNamesForOnePersonTagsAStoryWithThemAndAReaderSeesOnePage()
    {
        await _app.AddUserAsync(DeskApp.Editor, Roles.Editor);
        await _app.SaveAsync(TestStories.FreshStory("rail-fares") with
        {
            Headline = "Rail fares to rise again",
            BodyMarkdown = "Transport Secretary Margarethe Oxenbridge said: \"Passengers will see better trains for their money.\"\n\n"
                + "Watchdog Passenger Focus said the rise was \"hard to swallow\" for commuters in Kent.\n\n"
                + "\"We have listened to every complaint,\" Ms Oxenbridge added.",
            Tags = [],
        });
        await _app.SaveAsync(TestStories.FreshStory("rail-strike") with
        {
            Headline = "Rail unions threaten strike",
            BodyMarkdown = "Maggie Oxenbridge, the transport secretary, said: \"A strike would help nobody at all.\"\n\nUnions met in Leeds on Tuesday.",
            Tags = [],
        });

        var editor = await chromium.NewPersonAsync();
        await editor.GotoAsync($"{_app.Url}/newsroom/login");
        await editor.GetByLabel("E-mail address").FillAsync(DeskApp.Editor);
        await editor.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" }).GetByRole(AriaRole.Link, new() { Name = "People and places" }).ClickAsync();
        await editor.GetByLabel("Find").FillAsync("oxenbridge");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Equal(2, await editor.Locator("tbody tr").CountAsync());
        await editor.ScreenshotAsync(new() { Path = Shot("people.png"), FullPage = true });

        await editor.Locator("tr[data-slug=maggie-oxenbridge]").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await editor.GetByLabel("Name or address of the one to keep").FillAsync("Margarethe Oxenbridge");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        Assert.Contains("is merged into “Margarethe Oxenbridge”", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await editor.GetByLabel("Description").FillAsync("transport secretary");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and confirm" }).ClickAsync();
        Assert.Contains("saved", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await editor.Locator("table.stories tbody tr").CountAsync());
        await editor.ScreenshotAsync(new() { Path = Shot("person.png"), FullPage = true });

        // The story's editor shows who said what, and a ticked suggestion becomes a tag.
        await editor.Locator("table.stories").GetByRole(AriaRole.Link, new() { Name = "Rail fares to rise again" }).ClickAsync();
        var found = editor.Locator(".insight ol.found-quotes li");
        Assert.True(await found.CountAsync() >= 2);
        Assert.StartsWith("Margarethe Oxenbridge", await found.First.InnerTextAsync(), StringComparison.Ordinal);
        await editor.Locator(".insight").ScreenshotAsync(new() { Path = Shot("story-insight.png") });
        await editor.Locator(".insight").GetByLabel("Margarethe Oxenbridge").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish changes" }).ClickAsync();
        Assert.Contains("Changes published.", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);

        var reader = await chromium.NewPersonAsync();
        await reader.GotoAsync($"{_app.Url}/people/maggie-oxenbridge");
        Assert.EndsWith("/people/margarethe-oxenbridge", reader.Url, StringComparison.Ordinal);
        Assert.Equal("Margarethe Oxenbridge", (await reader.Locator("main h1").InnerTextAsync()).Trim());
        var text = await reader.Locator("main").InnerTextAsync();
        Assert.Contains("A strike would help nobody at all.", text, StringComparison.Ordinal);
        Assert.Contains("Passengers will see better trains for their money.", text, StringComparison.Ordinal);
        await reader.ScreenshotAsync(new() { Path = Shot("reader-person.png"), FullPage = true });
        await reader.GotoAsync($"{_app.Url}/politics/rail-fares");
        Assert.Equal(1, await reader.Locator("a[href='/tag/margarethe-oxenbridge']").CountAsync());
    }
}
