using System.Net;
using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Newsroom;

public sealed class FirstRunTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private string IssuedCode => _app.Services.GetRequiredService<SetupCode>().Current ?? throw new InvalidOperationException("no setup code was issued");

    private Dictionary<string, string> Owner(string email, string? code = null) =>
        new() { ["Name"] = "Nadia Rahman", ["Email"] = email, ["Password"] = NewsroomApp.Password, ["SetupCode"] = code ?? IssuedCode };

    [Fact]
    public async Task WithoutTheSetupCodeNoOneCanClaimAFreshInstall()
    {
        var client = _app.Client();
        var (_, page) = await client.GetPageAsync("/newsroom/setup");
        Assert.NotNull(page.QuerySelector("input[name=SetupCode]"));

        foreach (var wrong in new[] { "", "AAAA-AAAA-AAAA-AAAA", IssuedCode[..^1], new string('Z', 5000), "' OR 1=1 --", IssuedCode.Replace('-', '\u0000') })
        {
            var refused = await client.SubmitAsync("/newsroom/setup", "/newsroom/setup", Owner("stranger@byline.test", wrong));
            // Refused with the reason on the form, or (a NUL) as a form no one can send.
            Assert.True(refused.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{wrong}: {(int)refused.StatusCode}");
            Assert.Contains(refused.StatusCode == HttpStatusCode.OK ? "setup code" : "could not be read", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await _app.QueryAsync(db => db.Users.CountAsync()));
        Assert.True(await _app.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == Byline.Newsroom.Audit.AuditActions.SetupCodeRefused)));
        Assert.DoesNotContain(IssuedCode.Replace("-", "", StringComparison.Ordinal), await _app.QueryAsync(db => db.AuditLog.Select(e => e.Detail ?? "").ToListAsync()));

        // Typed loosely (lowercase, spaces for hyphens), the right code works.
        var created = await client.SubmitAsync("/newsroom/setup", "/newsroom/setup", Owner("owner@byline.test", IssuedCode.ToLowerInvariant().Replace('-', ' ')));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotNull(await _app.FindUserAsync("owner@byline.test"));
    }

    [Fact]
    public async Task TheFirstVisitorCreatesTheOwnerAndThenTheSetupPageIsGone()
    {
        var client = _app.Client();
        var login = await client.GetAsync("/newsroom/login");
        Assert.Equal("/newsroom/setup", login.Headers.Location?.OriginalString);

        var created = await client.SubmitAsync("/newsroom/setup", "/newsroom/setup", Owner("owner@byline.test"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);

        var owner = await _app.FindUserAsync("owner@byline.test");
        Assert.True(owner!.IsOwner);
        Assert.Equal([Roles.Administrator], await _app.RolesOfAsync("owner@byline.test"));

        var later = _app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await later.GetAsync("/newsroom/setup")).StatusCode);
        var token = await later.TokenAsync("/newsroom/login");
        var second = await later.PostFormAsync("/newsroom/setup", Owner("intruder@byline.test"), token);
        Assert.True(second.StatusCode == HttpStatusCode.NotFound, await second.Content.ReadAsStringAsync());
        Assert.Null(await _app.FindUserAsync("intruder@byline.test"));
    }

    [Fact]
    public async Task TwoSetupFormsSentAtOnceMakeOneOwner()
    {
        var clients = Enumerable.Range(0, 4).Select(_ => _app.Client()).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => c.TokenAsync("/newsroom/setup")));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostFormAsync("/newsroom/setup", Owner($"owner{i}@byline.test"), tokens[i])));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var count = await _app.QueryAsync(db => db.Users.CountAsync());
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task TheDatabaseHoldsAtMostOneOwner()
    {
        await _app.AddUserAsync("first@byline.test", Roles.Administrator, owner: true);

        await Assert.ThrowsAnyAsync<Exception>(() => _app.AddUserAsync("second@byline.test", Roles.Administrator, owner: true));
    }

    [Fact]
    public async Task TheRunningModelMatchesTheMigrations()
    {
        var pending = await _app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<BylineDb>().Database.HasPendingModelChanges()));

        Assert.False(pending, "Identity's runtime options shape a model the migrations do not have");
    }
}
