using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Site;

// Every kind of reader page goes through the W3C Nu HTML checker (vnu.jar, from npm) and must come
// back without a single error.
public sealed class HtmlValidityTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static readonly string[] Pages =
    [
        "/",
        "/?page=2",
        "/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with",
        "/business/green-startup-fund-launch",
        "/technology/clinic-booking-platform-data-breach",
        "/politics",
        "/tag/malaysia",
        "/author/aryan-singh",
        "/author/nguyen-thi-lan",
        "/about",
        "/terms",
        "/privacy",
        "/corrections",
        "/no-such-page",
    ];

    [Fact]
    public async Task EveryKindOfReaderPagePassesTheNuHtmlChecker()
    {
        var jar = Tool.NodeModule(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));
        var client = app.CreateClient();
        var folder = Directory.CreateTempSubdirectory("byline-vnu-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (path, i) in Pages.Select((p, i) => (p, i)))
            {
                var response = await client.GetAsync(path);
                var file = Path.Combine(folder, $"page{i}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }

            var (_, output, error) = await Tool.RunAsync("java", ["-jar", jar, "--format", "json", "--stdout", .. files]);
            var messages = JsonDocument.Parse(string.IsNullOrWhiteSpace(output) ? error : output).RootElement.GetProperty("messages");
            var errors = messages.EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error" || (m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal"))
                .Select(m => $"{Pages[files.IndexOf(new Uri(m.GetProperty("url").GetString()!).LocalPath)]}: {m.GetProperty("message").GetString()} [{(m.TryGetProperty("extract", out var e) ? e.GetString() : "")}]")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
