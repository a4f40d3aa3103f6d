using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.Tests.Newsroom;

// The story editor in a real Chromium: writing, review, scheduling to a live page, two people
// colliding, and a save that never reaches the server.
public sealed class StoryBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:SchedulerSeconds"] = "1";
        await _app.InitializeAsync();
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        await _app.AddUserAsync("aryan@byline.test", Roles.Editor);
        await _app.AddUserAsync("farah@byline.test", Roles.Editor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await chromium.NewPersonAsync();
        await page.GotoAsync($"{_app.Url}/newsroom/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    private static ILocator Body(IPage page) => page.Locator("textarea[name='Form.Body']");

    private Task<Story> StoryAsync(string headline) =>
        _app.QueryAsync(db => db.Stories.AsNoTracking().SingleAsync(s => s.Headline == headline));

    [Fact]
    public async Task AContributorSubmitsAnEditorSchedulesAndReadersSeeItAtItsTime()
    {
        await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var publication = await db.Publication.FirstOrDefaultAsync() ?? db.Publication.Add(new Byline.Publication.PublicationSettings { Name = "The Test" }).Entity;
            publication.TimeZone = "Asia/Kuala_Lumpur";
            return await db.SaveChangesAsync();
        });
        var reporter = await SignInAsync("reporter@byline.test");
        await reporter.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Stories", Exact = true }).ClickAsync();
        await reporter.GetByRole(AriaRole.Link, new() { Name = "New story" }).ClickAsync();
        await reporter.GetByLabel("Headline", new() { Exact = true }).FillAsync("Night market reopens in Ipoh");
        await reporter.GetByLabel("Dateline").FillAsync("IPOH");
        await Body(reporter).FillAsync("Stalls lit up **Jalan Sultan Iskandar** again on Friday.\n\nTraders said crowds were back.");
        await Assertions.Expect(reporter.Locator("#preview strong")).ToHaveTextAsync("Jalan Sultan Iskandar");
        await Assertions.Expect(reporter.Locator("#word-count")).ToHaveTextAsync("15");
        await reporter.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-story-editor.png"), FullPage = true });
        await reporter.SetViewportSizeAsync(420, 900);
        await reporter.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-story-editor-narrow.png"), FullPage = true });
        await reporter.SetViewportSizeAsync(1280, 900);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        Assert.Contains("Submitted for review", await reporter.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await Body(reporter).IsDisabledAsync());

        var editor = await SignInAsync("aryan@byline.test");
        await editor.GotoAsync($"{_app.Url}/newsroom/stories?status=in-review");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Night market reopens in Ipoh" }).ClickAsync();
        var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(4), TimeZoneInfo.FindSystemTimeZoneById("Asia/Kuala_Lumpur"));

        // Chromium writes a datetime-local value without its seconds when they are zero.
        at = at.Second == 0 ? at.AddSeconds(1) : at;
        await editor.GetByLabel("Publish at").FillAsync(at.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        Assert.Contains("Scheduled", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        var scheduled = await StoryAsync("Night market reopens in Ipoh");
        Assert.Equal(StoryStatus.Scheduled, scheduled.Status);
        Assert.InRange(scheduled.PublishedAt!.Value, DateTime.UtcNow.AddSeconds(-10), DateTime.UtcNow.AddSeconds(10));

        for (var wait = 0; (await StoryAsync("Night market reopens in Ipoh")).Status != StoryStatus.Published; wait++)
        {
            Assert.True(wait < 60, "the scheduled story did not go live");
            await Task.Delay(500);
        }

        var reader = await chromium.NewPersonAsync();
        var response = await reader.GotoAsync($"{_app.Url}{Byline.Site.Urls.Story(null, scheduled.Slug)}");
        Assert.Equal(200, response!.Status);
        Assert.Equal("Night market reopens in Ipoh", (await reader.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Traders said crowds were back.", await reader.Locator("article").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsCollideAndNeitherVersionIsLost()
    {
        var aryan = await SignInAsync("aryan@byline.test");
        await aryan.GotoAsync($"{_app.Url}/newsroom/stories/new");
        await aryan.GetByLabel("Headline", new() { Exact = true }).FillAsync("Shared desk story");
        await Body(aryan).FillAsync("The opening line.");
        await aryan.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var url = aryan.Url;
        var farah = await SignInAsync("farah@byline.test");
        await farah.GotoAsync(url);

        await Body(aryan).FillAsync("The opening line, as Aryan rewrote it.");
        await aryan.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        Assert.Contains("Saved", await aryan.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await Body(farah).FillAsync("The opening line, as Farah rewrote it.");
        await farah.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        Assert.Contains("aryan saved this story at", await farah.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("The opening line, as Farah rewrote it.", await Body(farah).InputValueAsync());
        Assert.Equal("The opening line, as Aryan rewrote it.", (await StoryAsync("Shared desk story")).BodyMarkdown);
        await farah.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-story-conflict.png"), FullPage = true });

        await farah.GetByRole(AriaRole.Link, new() { Name = "Compare it with the saved version" }).ClickAsync();
        Assert.Contains("Aryan", await farah.Locator(".body-diff .line-removed").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Farah", await farah.Locator(".body-diff .line-added").InnerTextAsync(), StringComparison.Ordinal);
        await farah.GotoAsync(url);
        Assert.Equal("The opening line, as Aryan rewrote it.", await Body(farah).InputValueAsync());
        await farah.GetByRole(AriaRole.Button, new() { Name = "Restore my unsaved text" }).ClickAsync();
        Assert.Equal("The opening line, as Farah rewrote it.", await Body(farah).InputValueAsync());
        await Body(farah).FillAsync("The opening line, as Aryan and Farah rewrote it.");
        await farah.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        Assert.Contains("Saved", await farah.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("The opening line, as Aryan and Farah rewrote it.", (await StoryAsync("Shared desk story")).BodyMarkdown);
    }

    [Fact]
    public async Task AnAutosaveThatFailsKeepsTheTextInTheBrowserToRestoreAfterAReload()
    {
        var aryan = await SignInAsync("aryan@byline.test");
        await aryan.GotoAsync($"{_app.Url}/newsroom/stories/new");
        await aryan.GetByLabel("Headline", new() { Exact = true }).FillAsync("Autosaved in the browser");
        await Body(aryan).FillAsync("First words.");
        await Assertions.Expect(aryan.Locator("#save-status")).ToContainTextAsync("Saved at", new() { Timeout = 15000 });
        Assert.Matches(@"/newsroom/stories/\d+$", aryan.Url);

        await aryan.RouteAsync(url => url.Contains("handler=Autosave", StringComparison.Ordinal), route => route.AbortAsync());
        await Body(aryan).FillAsync("First words. Then a paragraph the network swallowed.");
        await Assertions.Expect(aryan.Locator("#save-status")).ToContainTextAsync("Not saved", new() { Timeout = 15000 });
        await aryan.ReloadAsync();

        Assert.Equal("First words.", await Body(aryan).InputValueAsync());
        await Assertions.Expect(aryan.Locator("#local-copy")).ToBeVisibleAsync();
        await aryan.GetByRole(AriaRole.Button, new() { Name = "Restore my unsaved text" }).ClickAsync();
        Assert.Equal("First words. Then a paragraph the network swallowed.", await Body(aryan).InputValueAsync());

        await aryan.UnrouteAllAsync();
        await Assertions.Expect(aryan.Locator("#save-status")).ToContainTextAsync("Saved at", new() { Timeout = 15000 });
        Assert.Equal("First words. Then a paragraph the network swallowed.", (await StoryAsync("Autosaved in the browser")).BodyMarkdown);
    }
}
