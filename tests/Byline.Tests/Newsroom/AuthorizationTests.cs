using System.Net;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();
    private NewsroomUser _editor = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        _editor = await _app.AddUserAsync("editor@byline.test", Roles.Editor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Dictionary<string, string> MakeAdministrator() => new() { ["id"] = _editor.Id, ["role"] = Roles.Administrator };

    [Theory]
    [InlineData("/newsroom/users")]
    [InlineData("/newsroom/audit")]
    public async Task AContributorGetsTheForbiddenPageForAdministratorPages(string path)
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");

        var (response, page) = await reporter.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Not for your role", page.QuerySelector("h1")?.Text());
        Assert.Contains(await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()), a => a == AuditActions.AccessDenied);
    }

    [Fact]
    public async Task AContributorCannotChangeARoleByPostingDirectly()
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var token = await reporter.TokenAsync("/newsroom/account");

        var response = await reporter.PostFormAsync("/newsroom/users?handler=Role", MakeAdministrator(), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([Roles.Editor], await _app.RolesOfAsync("editor@byline.test"));
    }

    [Fact]
    public async Task ARoleChangeWithoutOrWithAForgedTokenIsRefusedEvenForAnAdministrator()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");
        var stranger = _app.Client();
        var foreignToken = await stranger.TokenAsync("/newsroom/login");

        var withoutToken = await owner.PostFormAsync("/newsroom/users?handler=Role", MakeAdministrator(), token: null);
        var withWrongToken = await owner.PostFormAsync("/newsroom/users?handler=Role", MakeAdministrator(), "CfDJ8-not-a-token");
        var withSomeoneElsesToken = await owner.PostFormAsync("/newsroom/users?handler=Role", MakeAdministrator(), foreignToken);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withWrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withSomeoneElsesToken.StatusCode);
        Assert.Equal([Roles.Editor], await _app.RolesOfAsync("editor@byline.test"));
    }

    [Fact]
    public async Task AnAnonymousPostIsSentToSignInAndChangesNothing()
    {
        var anonymous = _app.Client();
        var token = await anonymous.TokenAsync("/newsroom/login");

        var response = await anonymous.PostFormAsync("/newsroom/users?handler=Role", MakeAdministrator(), token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/newsroom/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal([Roles.Editor], await _app.RolesOfAsync("editor@byline.test"));
    }

    [Fact]
    public async Task AnAdministratorChangesARoleAndItTakesEffectOnTheNextRequest()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");
        var editor = await _app.SignedInAsync("editor@byline.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/newsroom/users")).StatusCode);

        var response = await owner.SubmitAsync("/newsroom/users", "/newsroom/users?handler=Role", MakeAdministrator());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator], await _app.RolesOfAsync("editor@byline.test"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/newsroom/users")).StatusCode);
    }

    [Fact]
    public async Task DisablingAUserEndsTheirOpenSession()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");
        var editor = await _app.SignedInAsync("editor@byline.test");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/newsroom")).StatusCode);

        var response = await owner.SubmitAsync("/newsroom/users", "/newsroom/users?handler=Disable", new Dictionary<string, string> { ["id"] = _editor.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await editor.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/newsroom/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains(AuditActions.UserDisabled, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task NoOneCanDisableOrDemoteTheOwnerOrThemselves()
    {
        await _app.AddUserAsync("admin@byline.test", Roles.Administrator);
        var admin = await _app.SignedInAsync("admin@byline.test");
        var owner = await _app.FindUserAsync("owner@byline.test");
        var self = await _app.FindUserAsync("admin@byline.test");

        var disableOwner = await admin.SubmitAsync("/newsroom/users", "/newsroom/users?handler=Disable", new Dictionary<string, string> { ["id"] = owner!.Id });
        var demoteSelf = await admin.SubmitAsync("/newsroom/users", "/newsroom/users?handler=Role", new Dictionary<string, string> { ["id"] = self!.Id, ["role"] = Roles.Contributor });

        Assert.Equal(HttpStatusCode.BadRequest, disableOwner.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, demoteSelf.StatusCode);
        Assert.False((await _app.FindUserAsync("owner@byline.test"))!.IsDisabled);
        Assert.Equal([Roles.Administrator], await _app.RolesOfAsync("admin@byline.test"));
    }
}
