using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Api;

// Every string of the Big List of Naughty Strings, in every place a client can put one: each answer
// is JSON, either content or a Ghost-shaped refusal, and never a 500.
public sealed class ContentApiNaughtyStringTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static readonly string[] QueryParameters = ["filter", "order", "limit", "page", "fields", "include", "formats", "key"];

    [Fact]
    public async Task NoNaughtyStringInAnyParameterOrSlugCausesA500()
    {
        var naughty = JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!;
        var key = await app.AddKeyAsync("naughty");
        var client = app.CreateClient();
        var failures = new List<string>();
        foreach (var text in naughty)
        {
            var value = Uri.EscapeDataString(text);
            var urls = QueryParameters
                .Select(p => p == "key" ? $"/ghost/api/content/posts/?key={value}" : $"/ghost/api/content/posts/?key={key}&{p}={value}")
                .Concat([
                    $"/ghost/api/content/posts/slug/{value}/?key={key}",
                    $"/ghost/api/content/posts/{value}/?key={key}",
                    $"/ghost/api/content/tags/slug/{value}/?key={key}",
                    $"/ghost/api/content/authors/?key={key}&filter=name:{Uri.EscapeDataString("'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'")}",
                    $"/ghost/api/content/tags/?key={key}&filter=slug:~{Uri.EscapeDataString("'" + text.Replace("'", "\\'", StringComparison.Ordinal) + "'")}",
                ]);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || !IsJson(body))
                {
                    failures.Add($"{(int)response.StatusCode} {url}: {body[..Math.Min(200, body.Length)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
