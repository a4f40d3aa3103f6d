using Byline.Tests.Infrastructure;

namespace Byline.Tests.Security;

// The watch has to be able to fail: each of these pages runs script, or leaves it armed, in a way
// a payload would, and each must be seen.
public sealed class ScriptWatchTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("<script>alert(1)</script>", "alert")]
    [InlineData("<img src=x onerror=confirm(1)>", "confirm")]
    [InlineData("<svg onload=prompt(1)>", "prompt")]
    [InlineData("<script>top.alert(1)</script>", "alert")]
    [InlineData("<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>", "alert")]
    [InlineData("<script>console.log(document.domain)</script>", "console.log")]
    [InlineData("<script>undefinedFunction()</script>", "page error")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", "armed script url")]
    [InlineData("<p onmouseover=\"alert(1)\">hover</p>", "armed handler")]
    public async Task UnsafeMarkupIsSeen(string html, string sign)
    {
        await using var watch = await ScriptWatch.OpenAsync(chromium.Browser, _app.CreateClient());

        await watch.ShowAsync($"<!DOCTYPE html><html><body><h1>Unsafe</h1>{html}</body></html>");

        Assert.Contains(watch.Events, e => e.Contains(sign, StringComparison.Ordinal));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => watch.AssertNothingRan("unsafe page"));
    }

    [Fact]
    public async Task AReaderPageOfTheDemoIsQuiet()
    {
        await using var watch = await ScriptWatch.OpenAsync(chromium.Browser, _app.CreateClient());

        await watch.VisitAsync("/");
        await watch.ShowAsync("<!DOCTYPE html><html><body><p>Plain text &lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>");

        watch.AssertNothingRan("plain pages");
    }
}
