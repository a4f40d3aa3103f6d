using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Articles;

// The newsroom's corrections desk over plain HTTP, with real sign-ins and anti-forgery tokens:
// who may append a note to which story, and what a note does to the reader's side.
public sealed class CorrectionDeskTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new() { Settings = { ["Byline:Cache:PollMilliseconds"] = "100" } };
    private int _aryans;
    private int _farahs;
    private int _draft;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SaveAsync(TestStories.FreshStory("floods-recede") with { Authors = [new("Aryan Singh")] });
        await _app.SaveAsync(TestStories.FreshStory("port-strike") with { Authors = [new("Farah Iskandar")] });
        await _app.SaveAsync(TestStories.FreshStory("budget-draft") with { Authors = [new("Aryan Singh")], Status = StoryStatus.Draft, PublishedAt = null });
        (_aryans, _farahs, _draft) = await _app.QueryAsync(async db => (
            await db.Stories.Where(s => s.Slug == "floods-recede").Select(s => s.Id).SingleAsync(),
            await db.Stories.Where(s => s.Slug == "port-strike").Select(s => s.Id).SingleAsync(),
            await db.Stories.Where(s => s.Slug == "budget-draft").Select(s => s.Id).SingleAsync()));
        await _app.AddUserAsync("editor@byline.test", Roles.Editor);
        await _app.AddUserAsync("contributor@byline.test", Roles.Contributor);
        var aryan = await _app.AddUserAsync("aryan@byline.test", Roles.Author);
        await _app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == aryan.Id);
            user.AuthorId = await db.Authors.Where(a => a.Slug == "aryan-singh").Select(a => a.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    // A direct POST with a valid token (taken from a page every signed-in person may open).
    private static async Task<HttpResponseMessage> AppendAsync(HttpClient client, int storyId, string text, string kind = "Correction") =>
        await client.PostFormAsync($"/newsroom/corrections/{storyId}", new Dictionary<string, string> { ["Kind"] = kind, ["Text"] = text, ["At"] = Now() },
            await client.TokenAsync("/newsroom/account"));

    private Task<int> NotesAsync(int storyId) => _app.QueryAsync(db => db.Corrections.CountAsync(c => c.StoryId == storyId));

    [Fact]
    public async Task AnEditorsCorrectionShowsOnTheStoryPageInItsJsonLdAndInTheFeedAndEvictsTheCachedPage()
    {
        var reader = _app.CreateClient();
        await reader.UntilCachedAsync("/politics/port-strike");
        var before = await _app.QueryAsync(db => db.Stories.Where(s => s.Id == _farahs).Select(s => s.UpdatedAt).SingleAsync());
        var editor = await _app.SignedInAsync("editor@byline.test");

        var response = await AppendAsync(editor, _farahs, "An earlier version misnamed the union. It is the Port Workers' Union.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (_, page) = await reader.GetPageAsync("/politics/port-strike");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        var block = page.QuerySelector("section.corrections")!;
        Assert.Equal("Correction", block.QuerySelector("h2")!.Text());
        Assert.Equal("Correction", block.QuerySelector(".correction-kind")!.Text());
        Assert.NotNull(block.QuerySelector("time[datetime]"));
        Assert.Equal("An earlier version misnamed the union. It is the Port Workers' Union.", block.QuerySelector(".correction-text")!.Text());
        Assert.Equal("This story has been corrected", page.QuerySelector(".story-corrected a[href='#corrections']")!.Text());

        var article = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).Single(j => (string?)j["@type"] == "NewsArticle");
        var correction = article["correction"]![0]!;
        Assert.Equal("CorrectionComment", (string?)correction["@type"]);
        Assert.Equal("An earlier version misnamed the union. It is the Port Workers' Union.", (string?)correction["text"]);
        Assert.NotNull((string?)correction["datePublished"]);

        var after = await _app.QueryAsync(db => db.Stories.Where(s => s.Id == _farahs).Select(s => s.UpdatedAt).SingleAsync());
        Assert.True(after > before.AddMinutes(30), $"UpdatedAt {before:O} became {after:O}");
        var feed = JsonNode.Parse(await reader.GetStringAsync("/feed.json"))!;
        var item = feed["items"]!.AsArray().Single(i => ((string?)i!["url"])!.EndsWith("/politics/port-strike", StringComparison.Ordinal))!;
        Assert.True(DateTimeOffset.Parse((string)item["date_modified"]!, CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));

        var audit = await _app.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.CorrectionAdded).ToListAsync());
        Assert.Equal($"story {_farahs}", Assert.Single(audit).Subject);
        Assert.Equal("editor@byline.test", audit[0].ActorEmail);
    }

    [Fact]
    public async Task AnUpdateIsShownAsAnUpdateAndIsNoCorrectionCommentForSearchEngines()
    {
        var editor = await _app.SignedInAsync("editor@byline.test");

        Assert.Equal(HttpStatusCode.Redirect, (await AppendAsync(editor, _aryans, "Water levels fell overnight.", kind: "Update")).StatusCode);

        var (_, page) = await _app.CreateClient().GetPageAsync("/politics/floods-recede");
        Assert.Equal("Update", page.QuerySelector("section.corrections h2")!.Text());
        Assert.Equal("This story has been updated", page.QuerySelector(".story-corrected a")!.Text());
        Assert.NotNull(page.QuerySelector("li.correction-update"));
        var article = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).Single(j => (string?)j["@type"] == "NewsArticle");
        Assert.Null(article["correction"]);
    }

    [Fact]
    public async Task AnAuthorCanCorrectTheirOwnStoryButNotAnothers()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");

        Assert.Equal(HttpStatusCode.OK, (await aryan.GetAsync($"/newsroom/corrections/{_aryans}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppendAsync(aryan, _aryans, "The river is the Kelantan, not the Pahang.")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aryan.GetAsync($"/newsroom/corrections/{_farahs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AppendAsync(aryan, _farahs, "Not my story.")).StatusCode);

        Assert.Equal(1, await NotesAsync(_aryans));
        Assert.Equal(0, await NotesAsync(_farahs));
        Assert.Contains(await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()), a => a == AuditActions.AccessDenied);
    }

    [Fact]
    public async Task AContributorIsRefusedTheDeskByGetAndByDirectPost()
    {
        var contributor = await _app.SignedInAsync("contributor@byline.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync("/newsroom/corrections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync($"/newsroom/corrections/{_aryans}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AppendAsync(contributor, _aryans, "A contributor's note.")).StatusCode);

        Assert.Equal(0, await NotesAsync(_aryans));
    }

    [Fact]
    public async Task ADraftTakesNoCorrectionAndSaysWhy()
    {
        var editor = await _app.SignedInAsync("editor@byline.test");

        var (get, page) = await editor.GetPageAsync($"/newsroom/corrections/{_draft}");
        var post = await AppendAsync(editor, _draft, "A note on a draft.");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("Only published stories take corrections", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("textarea"));
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Equal(0, await NotesAsync(_draft));
    }

    [Fact]
    public async Task AnEmptyTooLongOrFutureNoteIsRefusedWithAReasonAndNothingSaved()
    {
        var editor = await _app.SignedInAsync("editor@byline.test");
        var token = await editor.TokenAsync("/newsroom/account");
        var future = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var empty = await editor.PostFormAsync($"/newsroom/corrections/{_aryans}", new Dictionary<string, string> { ["Kind"] = "Correction", ["Text"] = "   ", ["At"] = Now() }, token);
        var tooLong = await editor.PostFormAsync($"/newsroom/corrections/{_aryans}", new Dictionary<string, string> { ["Kind"] = "Correction", ["Text"] = new string('x', 4001), ["At"] = Now() }, token);
        var later = await editor.PostFormAsync($"/newsroom/corrections/{_aryans}", new Dictionary<string, string> { ["Kind"] = "Correction", ["Text"] = "Later.", ["At"] = future }, token);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write the note readers will see.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 4000 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, later.StatusCode);
        Assert.Contains("cannot be dated in the future", await later.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await NotesAsync(_aryans));
    }

    [Fact]
    public async Task TheDeskListsRecentNotesAcrossStoriesAndFindsAStoryByItsAddress()
    {
        var editor = await _app.SignedInAsync("editor@byline.test");
        await AppendAsync(editor, _aryans, "First note.");
        await AppendAsync(editor, _farahs, "Second note.", kind: "Update");

        var (_, page) = await editor.GetPageAsync("/newsroom/corrections");
        var found = await editor.GetAsync("/newsroom/corrections?story=" + Uri.EscapeDataString("http://localhost/politics/port-strike"));

        var rows = page.QuerySelectorAll("table.notes-list tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Second note.", rows[0].Text(), StringComparison.Ordinal);
        Assert.Equal($"/newsroom/corrections/{_farahs}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/politics/port-strike", rows[0].QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/newsroom/corrections/{_farahs}", found.Headers.Location?.OriginalString);
    }
}
