using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

public sealed class HeadersTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("owner@byline.test", Roles.Administrator, owner: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/newsroom/login")]
    [InlineData("/newsroom/users")]
    [InlineData("/newsroom/no-such-page")]
    public async Task NewsroomResponsesCarryTheSecurityHeadersAndAreNeverCached(string path)
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var response = await owner.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached");
    }

    [Fact]
    public async Task NewsroomPagesHaveNoInlineScriptOrStyle()
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var (_, page) = await owner.GetPageAsync("/newsroom/users");

        Assert.Empty(page.QuerySelectorAll("script, style, [style], [onclick], [onload]"));
    }

    [Fact]
    public async Task EveryNewsroomCookieIsHostPrefixedSecureHttpOnlyAndSameSite()
    {
        var client = _app.Client();
        var login = await client.GetAsync("/newsroom/login");
        var token = await client.TokenAsync("/newsroom/login");
        var signedIn = await client.PostFormAsync("/newsroom/login", new Dictionary<string, string> { ["Email"] = "owner@byline.test", ["Password"] = NewsroomApp.Password }, token);

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-byline-session=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-byline-antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var parts = cookie.Split(';', StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            Assert.Contains("secure", parts);
            Assert.Contains("httponly", parts);
            Assert.Contains("path=/", parts);
            Assert.Contains(parts, p => p is "samesite=lax" or "samesite=strict");
            Assert.DoesNotContain(parts, p => p.StartsWith("domain=", StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/robots.txt")]
    [InlineData("/no-such-story")]
    public async Task ReaderPagesStayCookieLessAndCacheableEvenForASignedInEditor(string path)
    {
        var owner = await _app.SignedInAsync("owner@byline.test");

        var response = await owner.GetAsync(path);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
