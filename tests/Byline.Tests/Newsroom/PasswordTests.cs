using System.Net;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class PasswordTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Dragon123456!")]
    [InlineData("passwordpassword")]
    [InlineData("abcabcabcabcabc")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("Sunshine2024!!")]
    public void CommonAndMerelyDecoratedPasswordsAreRefused(string password) => Assert.True(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("a slow river under the bridge")]
    [InlineData("kettle-orbit-tamarind-58")]
    public void UnusualPassphrasesAreAccepted(string password) => Assert.False(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("short words")]
    [InlineData("qwerty123456")]
    [InlineData("owner-of-the-news-2025")]
    public async Task ChangingToAShortCommonOrPersonalPasswordIsRefused(string password)
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var response = await owner.SubmitAsync("/newsroom/account", "/newsroom/account?handler=Password",
            new Dictionary<string, string> { ["CurrentPassword"] = NewsroomApp.Password, ["NewPassword"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Client().SignInAsync("owner@byline.test")).StatusCode);
    }

    [Fact]
    public async Task ChangingTheEmailAddressNeedsTheCurrentPassword()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var refused = await owner.SubmitAsync("/newsroom/account", "/newsroom/account?handler=Email",
            new Dictionary<string, string> { ["CurrentPassword"] = "a guess at the password", ["NewEmail"] = "attacker@evil.test" });
        var accepted = await owner.SubmitAsync("/newsroom/account", "/newsroom/account?handler=Email",
            new Dictionary<string, string> { ["CurrentPassword"] = NewsroomApp.Password, ["NewEmail"] = "chief@byline.test" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Null(await _app.FindUserAsync("attacker@evil.test"));
        Assert.NotNull(await _app.FindUserAsync("chief@byline.test"));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task AResetLinkArrivesByMailSetsAPasswordOnceAndLiftsALockout()
    {
        var client = _app.Client();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("owner@byline.test", "wrong password, again");
        }

        var asked = await client.SubmitAsync("/newsroom/forgot", "/newsroom/forgot", new Dictionary<string, string> { ["Email"] = "owner@byline.test" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = new Uri(SmtpSink.LinkIn(await _app.Mail.WaitForAsync("owner@byline.test")));
        var path = link.PathAndQuery;
        Assert.StartsWith("http://localhost/newsroom/password?purpose=reset", link.ToString(), StringComparison.Ordinal);

        var set = await client.SubmitAsync(path, path, new Dictionary<string, string> { ["NewPassword"] = "brand new harbour lights" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Client().SignInAsync("owner@byline.test", "brand new harbour lights")).StatusCode);

        var (_, again) = await client.GetPageAsync(path);
        Assert.Contains("expired or has already been used", again.Body!.Text(), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task AskingToResetAnUnknownAddressLooksTheSameAndSendsNothing()
    {
        var client = _app.Client();

        var known = await client.SubmitAsync("/newsroom/forgot", "/newsroom/forgot", new Dictionary<string, string> { ["Email"] = "owner@byline.test" });
        var unknown = await client.SubmitAsync("/newsroom/forgot", "/newsroom/forgot", new Dictionary<string, string> { ["Email"] = "nobody@byline.test" });

        static string Lead(string html) => html[html.IndexOf("<p class=\"lead\">", StringComparison.Ordinal)..].Split("</p>")[0].Replace("owner@byline.test", "X", StringComparison.Ordinal).Replace("nobody@byline.test", "X", StringComparison.Ordinal);
        Assert.Equal(Lead(await known.Content.ReadAsStringAsync()), Lead(await unknown.Content.ReadAsStringAsync()));
        await _app.Mail.WaitForAsync("owner@byline.test");
        Assert.DoesNotContain(_app.Mail.Received, m => m.To.ToString().Contains("nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnInvitationArrivesByMailAndItsLinkWorksOnce()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var invited = await owner.SubmitAsync("/newsroom/users", "/newsroom/users?handler=Invite",
            new Dictionary<string, string> { ["InviteName"] = "Farah Iskandar", ["InviteEmail"] = "farah@byline.test", ["InviteRole"] = Roles.Editor });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var message = await _app.Mail.WaitForAsync("farah@byline.test");
        Assert.Contains("Editor", message.TextBody, StringComparison.Ordinal);
        var path = new Uri(SmtpSink.LinkIn(message)).PathAndQuery;

        var farah = _app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await farah.SubmitAsync(path, path, new Dictionary<string, string> { ["NewPassword"] = "monsoon ledger paper kite" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Client().SignInAsync("farah@byline.test", "monsoon ledger paper kite")).StatusCode);
        var (_, spent) = await farah.GetPageAsync(path);
        Assert.Null(spent.QuerySelector("input[name=NewPassword]"));
        Assert.Contains(AuditActions.UserInvited, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }
}
