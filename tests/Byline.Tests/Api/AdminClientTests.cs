using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Api;

// Ghost's own Admin API client (@tryghost/admin-api, from npm) against a real `byline serve`, with a
// key from `byline key add`: what a newsroom tool written for Ghost does, unchanged.
public sealed partial class AdminClientTests
{
    [Fact]
    public async Task GhostsOfficialAdminClientWritesPublishesSchedulesAndUploadsToByline()
    {
        Tool.NodeModule("@tryghost/admin-api");
        await using var database = await TestDatabase.CreateAsync(onDisk: true);
        Assert.Equal(0, (await Executable.RunAsync(database, "migrate")).ExitCode);
        var (_, output, _) = await Executable.RunAsync(database, "key", "add", "Newsroom tool");
        var key = AdminKey().Match(output).Groups[1].Value;
        var image = Path.Combine(Path.GetTempPath(), $"byline-upload-{Guid.NewGuid():N}.png");
        using (var picture = new Image<Rgb24>(40, 30, new Rgb24(20, 90, 160)))
        {
            await picture.SaveAsPngAsync(image);
        }

        await using var site = await RunningSite.StartAsync(database);
        try
        {
            var run = await Tool.RunAsync("node", [Path.Combine(Repo.JsTools, "ghost-admin-client.mjs"), site.Url, key, image], workingDirectory: Repo.JsTools);
            Assert.True(run.ExitCode == 0, run.Error);
            var seen = JsonSerializer.Deserialize<JsonElement>(run.Output);

            var draft = seen.GetProperty("draft");
            Assert.Equal("draft", draft.GetProperty("status").GetString());
            Assert.DoesNotContain("script", draft.GetProperty("html").GetString(), StringComparison.Ordinal);
            Assert.Contains("<strong>resumed</strong>", draft.GetProperty("html").GetString(), StringComparison.Ordinal);
            Assert.Equal(["Transport", "Weather"], draft.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order());
            Assert.Equal("Ferry Services Resume After Storm Passes", seen.GetProperty("edited").GetProperty("title").GetString());
            Assert.Equal("published", seen.GetProperty("published").GetProperty("status").GetString());
            Assert.EndsWith("/news/ferry-services-resume-after-storm", seen.GetProperty("published").GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal("UpdateCollisionError", seen.GetProperty("collision").GetProperty("name").GetString());
            Assert.Equal("scheduled", seen.GetProperty("scheduled").GetProperty("status").GetString());
            Assert.Equal(["budget-speech-tonight"], seen.GetProperty("browseScheduled").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal("draft", seen.GetProperty("unpublished").GetProperty("status").GetString());
            Assert.Matches(@"/media/\d{4}/\d{2}/[0-9a-f]{24}\.png$", seen.GetProperty("upload").GetProperty("url").GetString());
            Assert.True(seen.GetProperty("deleted").GetBoolean());
            Assert.Equal("NotFoundError", seen.GetProperty("readDeleted").GetProperty("name").GetString());
            Assert.Equal("ValidationError", seen.GetProperty("noTitle").GetProperty("name").GetString());
            Assert.Equal("UnauthorizedError", seen.GetProperty("badKey").GetProperty("name").GetString());

            using var http = new HttpClient();
            var uploaded = new Uri(seen.GetProperty("upload").GetProperty("url").GetString()!).AbsolutePath;
            Assert.Equal("image/png", (await http.GetAsync(site.Url + uploaded)).Content.Headers.ContentType!.MediaType);
        }
        finally
        {
            File.Delete(image);
        }
    }

    [GeneratedRegex(@"Admin key:\s+([0-9a-f]{24}:[0-9a-f]{64})")]
    private static partial Regex AdminKey();
}
