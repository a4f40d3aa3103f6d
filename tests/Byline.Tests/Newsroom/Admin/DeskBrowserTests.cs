using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Byline.Tests.Newsroom.Admin;

// An editor and an administrator at work in a real Chromium, and a reader who sees the result.
public sealed class DeskBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

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

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), "byline-screens", name);

    [Fact]
    public async Task AnEditorRenamesASectionAnAdministratorRenamesThePublicationAndAReaderSeesBoth()
    {
        await _app.AddUserAsync(DeskApp.Owner, Roles.Administrator, owner: true);
        await _app.AddUserAsync(DeskApp.Editor, Roles.Editor);
        await _app.SaveAsync(TestStories.FreshStory("browser-story"));
        var reader = await chromium.NewPersonAsync();
        await reader.GotoAsync($"{_app.Url}/politics/browser-story");

        var editor = await SignInAsync(DeskApp.Editor);
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" }).GetByRole(AriaRole.Link, new() { Name = "Sections" }).ClickAsync();
        await editor.ScreenshotAsync(new() { Path = Shot("sections.png"), FullPage = true });
        await editor.Locator("tr[data-slug=politics]").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await editor.GetByLabel("Name").FillAsync("Politics and Power");
        await editor.GetByLabel("Description").FillAsync("Who governs, and how.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save section" }).ClickAsync();
        Assert.Contains("Section “Politics and Power” saved.", await editor.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await editor.ScreenshotAsync(new() { Path = Shot("section.png"), FullPage = true });

        var owner = await SignInAsync(DeskApp.Owner);
        await owner.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await owner.GetByLabel("Name", new() { Exact = true }).FillAsync("The Evening Ledger");
        await owner.GetByLabel("Time zone").FillAsync("Asia/Kuala_Lumpur");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        Assert.Contains("Settings saved.", await owner.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await owner.ScreenshotAsync(new() { Path = Shot("settings.png"), FullPage = true });

        await reader.ReloadAsync();
        Assert.Equal("The Evening Ledger", (await reader.Locator(".site-name").InnerTextAsync()).Trim());
        Assert.Equal(1, await reader.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Politics and Power" }).CountAsync());
        await reader.GotoAsync($"{_app.Url}/politics");
        Assert.Equal("Politics and Power", (await reader.Locator("main h1").InnerTextAsync()).Trim());
    }
}
