using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.Tests.Newsroom;

// What people do in the newsroom, in a real Chromium against the app on a loopback port.
public sealed class NewsroomBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly KestrelNewsroomApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<IPage> SignInAsync(string email, string password = NewsroomApp.Password)
    {
        var page = await chromium.NewPersonAsync();
        await page.GotoAsync($"{_app.Url}/newsroom/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    private static async Task<string> HeadingAsync(IPage page) => (await page.Locator("h1").InnerTextAsync()).Trim();

    [Fact]
    public async Task TheOwnerSetsUpTheSiteOnFirstRun()
    {
        var page = await chromium.NewPersonAsync();

        await page.GotoAsync($"{_app.Url}/newsroom");
        Assert.EndsWith("/newsroom/setup", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Setup code").FillAsync(_app.Services.GetRequiredService<SetupCode>().Current!);
        await page.GetByLabel("Your name").FillAsync("Nadia Rahman");
        await page.GetByLabel("E-mail address").FillAsync("nadia@byline.test");
        await page.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the owner account" }).ClickAsync();

        Assert.Equal("Overview", await HeadingAsync(page));
        Assert.Contains("Nadia Rahman", await page.Locator(".me").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).IsVisibleAsync());
        var again = await page.GotoAsync($"{_app.Url}/newsroom/setup");
        Assert.Equal(404, again!.Status);
    }

    [Fact]
    public async Task TheOwnerInvitesAnEditorByMailWhoSetsAPasswordAndSignsIn()
    {
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
        var owner = await SignInAsync("owner@byline.test");
        await owner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await owner.GetByLabel("Name").FillAsync("Farah Iskandar");
        await owner.GetByLabel("E-mail address").FillAsync("farah@byline.test");
        await owner.GetByLabel("Role").SelectOptionAsync(Roles.Editor);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        Assert.Contains("Invitation sent to farah@byline.test", await owner.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await owner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-newsroom-users.png"), FullPage = true });

        var link = SmtpSink.LinkIn(await _app.Mail.WaitForAsync("farah@byline.test"));
        var farah = await chromium.NewPersonAsync();
        await farah.GotoAsync(link);
        Assert.Equal("Welcome to the newsroom", await HeadingAsync(farah));
        await farah.GetByLabel("New password").FillAsync("monsoon ledger paper kite");
        await farah.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        Assert.EndsWith("/newsroom/login", farah.Url, StringComparison.Ordinal);
        await farah.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "byline-newsroom-login.png") });
        await farah.GetByLabel("E-mail address").FillAsync("farah@byline.test");
        await farah.GetByLabel("Password").FillAsync("monsoon ledger paper kite");
        await farah.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("Overview", await HeadingAsync(farah));
        Assert.Contains("Editor", await farah.Locator(".me").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await farah.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).CountAsync());
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var page = await chromium.NewPersonAsync();
        await page.GotoAsync($"{_app.Url}/newsroom/login");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GetByLabel("E-mail address").FillAsync("reporter@byline.test");
            await page.GetByLabel("Password").FillAsync($"wrong guess number {attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        }

        Assert.Contains("locked", await page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Password").FillAsync(NewsroomApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("locked", await page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Sign in", await HeadingAsync(page));
    }

    [Fact]
    public async Task AContributorCannotOpenTheUsersPage()
    {
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        var page = await SignInAsync("reporter@byline.test");
        Assert.Equal(0, await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).CountAsync());

        var response = await page.GotoAsync($"{_app.Url}/newsroom/users");

        Assert.Equal(403, response!.Status);
        Assert.Equal("Not for your role", await HeadingAsync(page));
    }

    [Fact]
    public async Task DisablingAUserEndsTheirOpenSession()
    {
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
        await _app.AddUserAsync("editor@byline.test", Roles.Editor);
        var editor = await SignInAsync("editor@byline.test");
        Assert.Equal("Overview", await HeadingAsync(editor));

        var owner = await SignInAsync("owner@byline.test");
        await owner.GotoAsync($"{_app.Url}/newsroom/users");
        await owner.Locator("tr[data-email='editor@byline.test']").GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        Assert.Contains("disabled", await owner.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);

        await editor.ReloadAsync();
        Assert.Contains("/newsroom/login", editor.Url, StringComparison.Ordinal);
        Assert.Equal("Sign in", await HeadingAsync(editor));
    }
}
