using System.Net;
using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Articles;

// The public /corrections page: every live story's notes, newest first, twenty to a page, cached
// and evicted when a note is added; and hostile note text shown as text.
public sealed class CorrectionsPageTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new() { Settings = { ["Byline:Cache:PollMilliseconds"] = "100" } };
    private readonly DateTime _start = DateTime.UtcNow.AddHours(-2);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public async Task ListsEveryLiveStorysNotesNewestFirstTwentyToAPage()
    {
        for (var i = 0; i < 5; i++)
        {
            await _app.SaveAsync(TestStories.FreshStory($"story-{i}", _start) with
            {
                Corrections = [.. Enumerable.Range(0, 5).Select(n => (_start.AddMinutes((n * 5) + i + 1), $"Note {(n * 5) + i} on story {i}."))],
            });
        }

        await _app.SaveAsync(TestStories.FreshStory("withdrawn", _start) with { Status = StoryStatus.Unpublished, Corrections = [(_start.AddMinutes(90), "Note on a withdrawn story.")] });
        var client = _app.CreateClient();

        var (first, page1) = await client.GetPageAsync("/corrections");
        var (_, page2) = await client.GetPageAsync("/corrections?page=2");
        var beyond = await client.GetAsync("/corrections?page=3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var notes = page1.QuerySelectorAll(".corrections-page .correction-text").Select(e => e.Text())
            .Concat(page2.QuerySelectorAll(".corrections-page .correction-text").Select(e => e.Text())).ToList();
        Assert.Equal(25, notes.Count);
        Assert.Equal(Enumerable.Range(0, 25).Reverse().Select(n => $"Note {n} on story {n % 5}.").ToList(), notes);
        Assert.Equal(20, page1.QuerySelectorAll(".corrections-page > li").Length);
        Assert.Equal("/politics/story-4#corrections", page1.QuerySelector(".corrections-page h3 a")!.GetAttribute("href"));
        Assert.Equal("/corrections?page=2", page1.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/corrections", page2.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.All(page1.QuerySelectorAll(".corrections-page time"), t => Assert.NotNull(t.GetAttribute("datetime")));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
        Assert.Equal("/corrections", page1.QuerySelector("footer.site-footer a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheCorrectionsFeedsCarryEachNoteAsAnItemWithItsTextEncoded()
    {
        await _app.SaveAsync(TestStories.FreshStory("harbour", _start) with
        {
            Headline = "Harbour dredging starts",
            Corrections = [(_start.AddMinutes(5), "The port <b>authority</b> is not paying."), (_start.AddMinutes(9), "Second note.")],
        });
        var client = _app.CreateClient();

        var json = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/corrections/feed.json"))!;
        var rss = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/corrections/rss.xml"));
        var atom = await client.GetAsync("/corrections/atom.xml");
        var (_, page) = await client.GetPageAsync("/corrections");

        var items = json["items"]!.AsArray();
        Assert.Equal(["Correction: Harbour dredging starts", "Correction: Harbour dredging starts"], items.Select(i => (string)i!["title"]!));
        Assert.EndsWith("/politics/harbour#corrections", (string)items[1]!["url"]!, StringComparison.Ordinal);
        Assert.Equal("<p>The port &lt;b&gt;authority&lt;/b&gt; is not paying.</p>", (string)items[1]!["content_html"]!);
        Assert.NotEqual((string)items[0]!["id"]!, (string)items[1]!["id"]!);
        Assert.Equal(2, rss.Descendants("item").Count());
        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href")!.EndsWith("/corrections/rss.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCachedPageShowsANewNoteWithinASecond()
    {
        await _app.SaveAsync(TestStories.FreshStory("harbour", _start) with { SourceKey = "text:harbour", Corrections = [(_start.AddMinutes(5), "First note.")] });
        var client = _app.CreateClient();
        await client.UntilCachedAsync("/corrections");

        await _app.QueryAsync(db =>
        {
            db.Corrections.Add(new Correction { StoryId = db.Stories.Single(s => s.Slug == "harbour").Id, At = DateTime.UtcNow, Kind = CorrectionKind.Update, Text = "Second note." });
            return db.SaveChangesAsync();
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var body = await client.GetStringAsync("/corrections");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Contains("Second note.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileNoteTextIsShownAsTextOnTheStoryAndTheCorrectionsPage()
    {
        var payloads = (await File.ReadAllLinesAsync(Path.Combine(Repo.Shared, "fixtures", "xss", "XSS_Polyglots.txt")))
            .Concat(await File.ReadAllLinesAsync(Path.Combine(Repo.Shared, "fixtures", "xss", "BRUTELOGIC-XSS-STRINGS.txt")))
            .Concat(JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!)
            .Select(p => Byline.Import.IncomingText.Clean(p).Trim()).Where(p => p.Length > 0).Distinct().ToList();
        var notes = payloads.Chunk(20).Select((batch, i) => (At: _start.AddMinutes(i + 1), Text: string.Join("\n", batch))).ToList();
        await _app.SaveAsync(TestStories.FreshStory("hostile", _start) with { Corrections = notes });
        var client = _app.CreateClient();

        var (_, story) = await client.GetPageAsync("/politics/hostile");
        var shown = story.QuerySelectorAll("section.corrections .correction-text").Select(e => e.Text()).ToList();

        Assert.Equal(notes.Select(n => Collapse(n.Text)), shown);
        Assert.DoesNotContain(story.QuerySelectorAll("section.corrections *"), e => e.LocalName is not ("ol" or "li" or "p" or "strong" or "time" or "h2" or "a"));
        Assert.DoesNotContain(story.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json");
        Assert.DoesNotContain(story.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var article = story.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).Single(j => j.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal(notes.Select(n => n.Text), article.GetProperty("correction").EnumerateArray().Select(c => c.GetProperty("text").GetString()));

        for (var page = 1; page <= (notes.Count + 19) / 20; page++)
        {
            var (_, list) = await client.GetPageAsync($"/corrections?page={page}");
            Assert.DoesNotContain(list.QuerySelectorAll("script"), s => s.GetAttribute("type") != "application/ld+json");
            Assert.DoesNotContain(list.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.All(list.QuerySelectorAll(".corrections-page .correction-text"), p => Assert.Contains(Collapse(p.Text()), notes.Select(n => Collapse(n.Text))));
        }
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
