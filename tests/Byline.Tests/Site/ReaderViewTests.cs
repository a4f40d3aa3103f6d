using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Site;

// Firefox's Reader View is Mozilla Readability: run the real library (in Node, on jsdom) over the
// pages Byline serves and check it finds what a reader would.
public sealed class ReaderViewTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static async Task<JsonElement> ReadAsync(string html, string url)
    {
        Tool.NodeModule("@mozilla/readability");
        var file = Path.Combine(Path.GetTempPath(), $"byline-reader-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        try
        {
            var (exit, output, error) = await Tool.RunAsync("node", [Path.Combine(Repo.JsTools, "readability.mjs"), file, url]);
            Assert.True(exit == 0, error);
            return JsonDocument.Parse(output).RootElement;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ReaderViewReadsTheFixtureStorysTitleBylineAndEveryParagraph()
    {
        const string path = "/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with";
        var html = await app.CreateClient().GetStringAsync(path);
        var paragraphs = (await File.ReadAllTextAsync(Repo.FixtureStory)).Split("\n\n")[1..9].Select(p => p.Trim()).ToList();
        paragraphs[0] = paragraphs[0]["Kuala Lumpur: ".Length..];

        var reader = await ReadAsync(html, "http://localhost" + path);

        Assert.True(reader.GetProperty("found").GetBoolean());
        Assert.True(reader.GetProperty("readerable").GetBoolean(), "Firefox would not offer Reader View for the page");
        Assert.Equal("Marco Rubio Highlights India's Multi-Alignment to Defend US Relationship with Pakistan: A Strategic Imperative.", reader.GetProperty("title").GetString());
        Assert.Contains("Aryan Singh", reader.GetProperty("byline").GetString(), StringComparison.Ordinal);
        var read = reader.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            var found = read.FindIndex(at, p => p.EndsWith(paragraph, StringComparison.Ordinal));
            Assert.True(found >= 0, $"Reader View lost, or reordered, the paragraph: {paragraph}");
            at = found + 1;
        }

        Assert.DoesNotContain(read, p => p.Contains("Latest", StringComparison.Ordinal) || p.Contains('©'));
    }

    [Fact]
    public async Task ReaderViewReadsAMarkdownStoryWithTwoAuthors()
    {
        const string path = "/business/green-startup-fund-launch";
        var html = await app.CreateClient().GetStringAsync(path);

        var reader = await ReadAsync(html, "http://localhost" + path);

        var byline = reader.GetProperty("byline").GetString()!;
        Assert.Contains("Mei Ling Tan", byline, StringComparison.Ordinal);
        Assert.Contains("Farah Iskandar", byline, StringComparison.Ordinal);
        Assert.True(reader.GetProperty("paragraphs").GetArrayLength() >= 5);
    }
}
