using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// Ghost's own JavaScript client (@tryghost/content-api, from npm) against a real `byline serve` on
// a loopback port, with a key made by `byline key add`: what a Ghost front end does, unchanged.
public sealed partial class GhostClientTests
{
    [Fact]
    public async Task GhostsOfficialClientBrowsesReadsFiltersAndPaginatesByline()
    {
        Tool.NodeModule("@tryghost/content-api");
        await using var database = await TestDatabase.CreateAsync(onDisk: true);
        Assert.Equal(0, (await Executable.RunAsync(database, "migrate")).ExitCode);
        var (exit, output, error) = await Executable.RunAsync(database, "key", "add", "Ghost client test");
        Assert.True(exit == 0, error);
        var key = ContentKey().Match(output).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{26}$", key);
        Assert.Matches(@"Admin key:\s+[0-9a-f]{24}:[0-9a-f]{64}", output);

        await using var site = await RunningSite.StartAsync(database);
        var url = site.Url;
        var run = await Tool.RunAsync("node", [Path.Combine(Repo.JsTools, "ghost-content-client.mjs"), url, key], workingDirectory: Repo.JsTools);
        Assert.True(run.ExitCode == 0, run.Error);
        var seen = JsonSerializer.Deserialize<JsonElement>(run.Output);

        var first = seen.GetProperty("firstPage");
        Assert.Equal(5, first.GetProperty("slugs").GetArrayLength());
        Assert.Equal(4, first.GetProperty("meta").GetProperty("pages").GetInt32());
        Assert.Equal(20, first.GetProperty("meta").GetProperty("total").GetInt32());
        Assert.Equal("politics", first.GetProperty("primaryTag").GetString());
        var paged = seen.GetProperty("allPagedSlugs").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(20, paged.Distinct().Count());

        var read = seen.GetProperty("read");
        Assert.True(read.GetProperty("sameById").GetBoolean());
        Assert.True(read.GetProperty("hasHtml").GetBoolean() && read.GetProperty("hasPlaintext").GetBoolean());
        Assert.Equal(paged[1], read.GetProperty("slug").GetString());

        Assert.Equal(3, seen.GetProperty("climate").GetProperty("slugs").GetArrayLength());
        Assert.True(seen.GetProperty("climate").GetProperty("allTagged").GetBoolean());
        var since = seen.GetProperty("since").EnumerateArray().Select(d => DateTimeOffset.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(since);
        Assert.All(since, d => Assert.True(d >= new DateTimeOffset(2025, 10, 25, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(5, seen.GetProperty("authors").GetArrayLength());
        Assert.All(seen.GetProperty("authors").EnumerateArray(), a => Assert.True(a.GetProperty("posts").GetInt32() > 0));
        Assert.Equal(["ai", "climate"], seen.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList());
        Assert.Equal("Climate", seen.GetProperty("tagBySlug").GetString());
        Assert.Equal(5, seen.GetProperty("pages").GetArrayLength());
        Assert.Equal("The Meridian Ledger", seen.GetProperty("settings").GetProperty("title").GetString());

        Assert.Equal("NotFoundError", seen.GetProperty("missingPost").GetProperty("name").GetString());
        Assert.Equal("BadRequestError", seen.GetProperty("badFilter").GetProperty("name").GetString());
        Assert.Equal("UnauthorizedError", seen.GetProperty("badKey").GetProperty("name").GetString());
        Assert.Equal(401, seen.GetProperty("badKey").GetProperty("status").GetInt32());

        // Revoking the key shuts the client out at once.
        Assert.Equal(0, (await Executable.RunAsync(database, "key", "revoke", "Ghost client test")).ExitCode);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"{url}/ghost/api/content/posts/?key={key}")).StatusCode);
    }

    [GeneratedRegex(@"Content key:\s+([0-9a-f]{26})")]
    private static partial Regex ContentKey();
}
