using System.Net;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Screens;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<List<string>> AuditActionsAsync(string subjectEmail) =>
        _app.QueryAsync(db => db.AuditLog.Where(e => e.Subject == $"user {subjectEmail}").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private static List<string> Errors(string html) =>
        [.. Html.ParseAsync(html).GetAwaiter().GetResult().QuerySelectorAll(".errors li").Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var client = _app.Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.SignInAsync("reporter@byline.test", "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.SignInAsync("reporter@byline.test");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The locked account's answer is word for word an unknown address's: the form reveals no account.
        var unknown = await client.SignInAsync("nobody-here@byline.test");
        Assert.Equal(Errors(await right.Content.ReadAsStringAsync()), Errors(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal([LoginModel.WrongCredentials], Errors(await unknown.Content.ReadAsStringAsync()));

        var actions = await AuditActionsAsync("reporter@byline.test");
        Assert.Equal(4, actions.Count(a => a == AuditActions.LoginFailed));
        Assert.Equal(2, actions.Count(a => a == AuditActions.LoginLockedOut));
        Assert.DoesNotContain(AuditActions.LoginSucceeded, actions);
    }

    [Fact]
    public async Task ASuccessfulSignInIsAuditedAndIssuesAFreshSessionCookie()
    {
        var client = _app.Client();
        var first = await client.SignInAsync("reporter@byline.test");
        var firstCookie = first.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith("__Host-byline-session=", StringComparison.Ordinal));
        var second = await client.SignInAsync("reporter@byline.test");
        var secondCookie = second.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith("__Host-byline-session=", StringComparison.Ordinal));

        Assert.NotEqual(firstCookie, secondCookie);
        Assert.Contains(second.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-byline-session=;", StringComparison.Ordinal));
        Assert.Contains(AuditActions.LoginSucceeded, await AuditActionsAsync("reporter@byline.test"));
    }

    [Fact]
    public async Task SignInWithoutAnAntiforgeryTokenIsRefused()
    {
        var client = _app.Client();
        await client.GetAsync("/newsroom/login");

        var response = await client.PostFormAsync("/newsroom/login", new Dictionary<string, string> { ["Email"] = "reporter@byline.test", ["Password"] = NewsroomApp.Password }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(AuditActions.LoginSucceeded, await AuditActionsAsync("reporter@byline.test"));
    }

    [Fact]
    public async Task ADisabledAccountCannotSignIn()
    {
        var user = await _app.FindUserAsync("reporter@byline.test");
        await _app.QueryAsync(db => db.Users.Where(u => u.Id == user!.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, DateTime.UtcNow)));

        var response = await _app.Client().SignInAsync("reporter@byline.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.WrongCredentials.Replace("'", "&#x27;", StringComparison.Ordinal), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(AuditActions.LoginRefused, await AuditActionsAsync("reporter@byline.test"));
    }

    [Theory]
    [InlineData("https://evil.example/newsroom", "/newsroom")]
    [InlineData("//evil.example/newsroom", "/newsroom")]
    [InlineData("/\\evil.example", "/newsroom")]
    [InlineData("/newsroom\\..\\x", "/newsroom")]
    [InlineData("/search?q=1", "/newsroom")]
    [InlineData("/newsroom/users", "/newsroom/users")]
    public void SignInReturnsOnlyToNewsroomAddresses(string returnUrl, string expected) =>
        Assert.Equal(expected, LoginModel.SafeReturnUrl(returnUrl));
}
