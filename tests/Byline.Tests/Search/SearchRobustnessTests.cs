using System.Net;
using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Search;

// Nothing a reader types into the search box is an error: every string of the Big List of Naughty
// Strings answers 200 on the page and in the API. And the search page is valid HTML.
public sealed class SearchRobustnessTests(BylineApp app) : IClassFixture<BylineApp>
{
    [Fact]
    public async Task EveryNaughtyStringAsAQueryAnswers200OnThePageAndTheApi()
    {
        var strings = JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!;
        var client = app.CreateClient();
        var failures = new List<string>();
        foreach (var text in strings)
        {
            // UrlEncode, not EscapeDataString: it turns a lone surrogate into U+FFFD instead of throwing.
            var q = WebUtility.UrlEncode(text);
            foreach (var path in new[] { $"/search?q={q}", $"/api/search?q={q}", $"/api/search?q={q}&section={q}&author={q}" })
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{path} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task TheSearchPagePassesTheNuHtmlChecker()
    {
        var jar = Tool.NodeModule(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));
        var client = app.CreateClient();
        string[] pages = ["/search", "/search?q=monsoon", "/search?q=the&page=2&section=politics&from=2025-01-01&to=2025-12-31&author=aryan-singh", "/search?q=x&from=bad", "/search?q=zzqqxx"];
        var folder = Directory.CreateTempSubdirectory("byline-search-vnu-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (path, i) in pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, $"search{i}.html");
                await File.WriteAllTextAsync(file, await (await client.GetAsync(path)).Content.ReadAsStringAsync());
                files.Add(file);
            }

            var (_, stdout, stderr) = await Tool.RunAsync("java", ["-jar", jar, "--format", "json", "--stdout", .. files]);
            var messages = JsonDocument.Parse(string.IsNullOrWhiteSpace(stdout) ? stderr : stdout).RootElement.GetProperty("messages");
            var errors = messages.EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error" || (m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal"))
                .Select(m => $"{pages[files.IndexOf(new Uri(m.GetProperty("url").GetString()!).LocalPath)]}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheDemoPublicationIsSearchableFromItsFirstStart()
    {
        var results = await app.CreateClient().SearchAsync("q=" + Uri.EscapeDataString("\"Kuala Lumpur\""));

        Assert.NotEmpty(results.Results);
        Assert.All(results.Results, r => Assert.StartsWith("http", r.Url, StringComparison.Ordinal));
    }
}
