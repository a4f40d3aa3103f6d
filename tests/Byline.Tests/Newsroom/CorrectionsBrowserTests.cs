using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Byline.Tests.Newsroom;

// An editor appends a correction in the newsroom; a reader, in another browser, sees it on the
// story and on /corrections, and nothing in a hostile note runs.
public sealed class CorrectionsBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SaveAsync(TestStories.FreshStory("harbour-dredging") with
        {
            Headline = "Harbour dredging to start next month",
            Image = null,
            Corrections = [(DateTime.UtcNow.AddMinutes(-30), "An earlier version gave the wrong start date.")],
        });
        await _app.AddUserAsync("editor@byline.test", Roles.Editor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnEditorAppendsACorrectionAndAReaderSeesItOnTheStoryAndOnTheCorrectionsPage()
    {
        var editor = await chromium.NewPersonAsync();
        await editor.GotoAsync($"{_app.Url}/newsroom/login");
        await editor.GetByLabel("E-mail address").FillAsync("editor@byline.test");
        await editor.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await editor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Corrections", Exact = true }).ClickAsync();
        await editor.Locator(".story-picks").GetByRole(AriaRole.Link, new() { Name = "Harbour dredging to start next month" }).ClickAsync();
        await editor.GetByLabel("Correction").CheckAsync();
        await editor.GetByLabel("Note").FillAsync("An earlier version said the port authority paid for the work. The state government is paying. <img src=x onerror=alert(1)>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Append note" }).ClickAsync();
        Assert.Contains("Correction added", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await editor.Locator("ol.notes > li").CountAsync());
        await editor.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-newsroom-correction.png"), FullPage = true });

        var reader = await chromium.NewPersonAsync();
        var dialogs = 0;
        reader.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await reader.GotoAsync($"{_app.Url}/politics/harbour-dredging");
        await reader.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-reader-corrected-story.png") });
        await reader.GetByRole(AriaRole.Link, new() { Name = "This story has been corrected" }).ClickAsync();
        var block = reader.GetByRole(AriaRole.Region, new() { Name = "Corrections" });
        Assert.True(await block.IsVisibleAsync());
        Assert.Equal(2, await block.Locator("li").CountAsync());
        Assert.Contains("The state government is paying. <img src=x onerror=alert(1)>", await block.Locator("li").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await block.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-reader-corrections-block.png") });

        await reader.GetByRole(AriaRole.Link, new() { Name = "All corrections and updates" }).ClickAsync();
        Assert.EndsWith("/corrections", reader.Url, StringComparison.Ordinal);
        Assert.Equal("Corrections and updates", (await reader.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("The state government is paying.", await reader.Locator(".corrections-page > li").First.InnerTextAsync(), StringComparison.Ordinal);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-reader-corrections-page.png"), FullPage = true });
        await reader.GetByRole(AriaRole.Link, new() { Name = "Harbour dredging to start next month" }).First.ClickAsync();
        Assert.Contains("/politics/harbour-dredging", reader.Url, StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
    }
}
