using System.Net;
using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class SignInLimitTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Newsroom:SignInAttemptsPerMinute"] = "3";
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SignInAttemptsFromOneAddressAreLimitedPerMinuteAcrossAccounts()
    {
        var client = _app.Client();
        var token = await client.TokenAsync("/newsroom/login");
        var statuses = new List<HttpStatusCode>();
        foreach (var email in new[] { "a@byline.test", "b@byline.test", "c@byline.test", "owner@byline.test" })
        {
            var response = await client.PostFormAsync("/newsroom/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = NewsroomApp.Password }, token);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/login")).StatusCode);
    }

    // The refusal is the styled "too many attempts" page even when the form carried a field named
    // like the status page's own code (a one-time sign-in code): never a 500.
    [Fact]
    public async Task ALimitedFormWithACodeFieldGetsTheTooManyAttemptsPage()
    {
        var client = _app.Client();
        var token = await client.TokenAsync("/newsroom/login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostFormAsync("/newsroom/login", new Dictionary<string, string> { ["Email"] = "nobody@byline.test", ["Password"] = "wrong", ["Code"] = "123456" }, token);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("Too many attempts", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
