using System.Net;
using System.Security.Cryptography;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class TwoFactorTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static Dictionary<string, string> Form(string name, string value) => new() { [name] = value };

    // What an authenticator app does with the key (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).
    private static string Totp(string base32Key)
    {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(base32Key.ToUpperInvariant().Where(c => c != ' ').Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var step = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        Array.Reverse(step);
#pragma warning disable CA5350 // SHA-1 is what RFC 6238 and every authenticator app use; this is the app's side.
        var hash = HMACSHA1.HashData(key, step);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (number % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> TurnOnAsync(HttpClient owner)
    {
        var begun = await owner.SubmitAsync("/newsroom/account/two-factor", "/newsroom/account/two-factor?handler=Begin", Form("CurrentPassword", NewsroomApp.Password));
        var key = (await Html.ParseAsync(await begun.Content.ReadAsStringAsync())).QuerySelector("code.key")!.TextContent;
        var token = (await Html.ParseAsync(await begun.Content.ReadAsStringAsync())).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var confirmed = await owner.PostFormAsync("/newsroom/account/two-factor?handler=Confirm", Form("Code", Totp(key)), token);
        var page = await Html.ParseAsync(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(10, page.QuerySelectorAll("ul.codes li").Length);
        return key;
    }

    [Fact]
    public async Task WithTwoFactorOnSigningInAsksForTheAuthenticatorsCode()
    {
        var key = await TurnOnAsync(await _app.SignedInAsync("owner@byline.test"));

        var client = _app.Client();
        var password = await client.SignInAsync("owner@byline.test");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/newsroom/login/code", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);

        var wrong = await client.SubmitAsync("/newsroom/login/code", "/newsroom/login/code", Form("Code", "000000"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var right = await client.SubmitAsync("/newsroom/login/code", "/newsroom/login/code", Form("Code", Totp(key)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);

        var actions = await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.TwoFactorEnabled, actions);
        Assert.Contains(AuditActions.TwoFactorFailed, actions);
    }

    [Fact]
    public async Task SettingUpOrTurningOffTwoFactorNeedsThePassword()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");
        var refused = await owner.SubmitAsync("/newsroom/account/two-factor", "/newsroom/account/two-factor?handler=Begin", Form("CurrentPassword", "someone else's guess"));
        Assert.Null((await Html.ParseAsync(await refused.Content.ReadAsStringAsync())).QuerySelector("code.key"));

        await TurnOnAsync(owner);
        var notOff = await owner.SubmitAsync("/newsroom/account/two-factor", "/newsroom/account/two-factor?handler=Disable", Form("CurrentPassword", "someone else's guess"));
        Assert.Equal(HttpStatusCode.OK, notOff.StatusCode);
        Assert.True((await _app.FindUserAsync("owner@byline.test"))!.TwoFactorEnabled);

        var off = await owner.SubmitAsync("/newsroom/account/two-factor", "/newsroom/account/two-factor?handler=Disable", Form("CurrentPassword", NewsroomApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await _app.FindUserAsync("owner@byline.test"))!.TwoFactorEnabled);
    }
}
