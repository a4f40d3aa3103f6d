using System.Net;
using System.Text.Json;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Newsroom;

// What the editor keeps: revisions of body and metadata, pending changes to live stories, restores
// that add history, refused saves that keep their text, and forms that survive bad input.
public sealed class StoryEditorTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("aryan@byline.test", Roles.Editor);
        await _app.AddUserAsync("farah@byline.test", Roles.Editor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<Story> StoryAsync(int id) =>
        _app.QueryAsync(db => db.Stories.AsNoTracking().Include(s => s.Tags).SingleAsync(s => s.Id == id));

    private Task<List<StoryRevision>> RevisionsAsync(int id) =>
        _app.QueryAsync(db => db.StoryRevisions.AsNoTracking().Where(r => r.StoryId == id).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task EditingAPublishedStoryKeepsTheLivePageUnchangedUntilTheChangesArePublished()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Ferry service resumes", "The ferry runs again.", ("Slug", "ferry-service-resumes")), "publish");
        var reader = _app.Client();
        var url = Byline.Site.Urls.Story(null, "ferry-service-resumes");
        Assert.Contains("The ferry runs again.", await reader.GetStringAsync(url), StringComparison.Ordinal);

        var saved = await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Ferry service resumes", "The ferry runs again, twice a day.", ("Slug", "ferry-service-resumes")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var live = await reader.GetStringAsync(url);
        Assert.Contains("The ferry runs again.", live, StringComparison.Ordinal);
        Assert.DoesNotContain("twice a day", live, StringComparison.Ordinal);
        Assert.Equal("The ferry runs again.", (await StoryAsync(id)).BodyMarkdown);
        var (_, editor) = await aryan.GetPageAsync($"/newsroom/stories/{id}");
        Assert.Contains("Unpublished changes", editor.QuerySelector(".pending")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The ferry runs again, twice a day.", editor.QuerySelector("textarea[name='Form.Body']")!.TextContent.Trim());

        var published = await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Ferry service resumes", "The ferry runs again, twice a day.", ("Slug", "ferry-service-resumes")), "publish-changes");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("twice a day", await reader.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Null((await StoryAsync(id)).PendingRevisionId);
        Assert.Contains(AuditActions.StoryChangesPublished, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task EverySaveKeepsARevisionOfTheBodyAndTheMetadata()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Port strike", "Dockers walked out.", ("Dek", "First dek"), ("Tags", "Labour")));

        await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Port strike ends", "Dockers walked back in.", ("Dek", "Second dek"), ("Tags", "Labour, Shipping"), ("ImageUrl", "/media/port.jpg"), ("ImageAlt", "Cranes at the port")));

        var revisions = await RevisionsAsync(id);
        Assert.Equal(2, revisions.Count);
        var first = StorySnapshot.FromJson(revisions[0].Snapshot);
        var second = StorySnapshot.FromJson(revisions[1].Snapshot);
        Assert.Equal(("Port strike", "First dek", "Dockers walked out."), (first.Headline, first.Dek, first.Body));
        Assert.Equal(["Labour"], first.Tags);
        Assert.Equal(["Labour", "Shipping"], second.Tags);
        Assert.Equal(("/media/port.jpg", "Cranes at the port"), (second.ImageUrl, second.ImageAlt));
        Assert.Equal("aryan", revisions[1].UserName);
        Assert.Equal(2, (await StoryAsync(id)).Tags.Count);
    }

    [Fact]
    public async Task TheRevisionsScreenShowsWhatChangedByFieldAndByWord()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Rain delays harvest", "Farmers wait for the rain to stop.\n\nPrices hold.", ("Dek", "Old dek")));
        await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Rain delays harvest", "Farmers wait for the floods to stop.\n\nPrices hold.", ("Dek", "New dek")));

        var (response, page) = await aryan.GetPageAsync($"/newsroom/stories/{id}/revisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changed = page.QuerySelectorAll(".diff table.fields tr.changed").Select(r => string.Join("|", r.Children.Select(c => c.Text()))).ToList();
        Assert.Equal(["Dek|Old dek|New dek"], changed);
        Assert.Equal(["rain"], page.QuerySelectorAll(".body-diff .line-removed del").Select(d => d.TextContent.Trim()).ToList());
        Assert.Equal(["floods"], page.QuerySelectorAll(".body-diff .line-added ins").Select(d => d.TextContent.Trim()).ToList());
        Assert.Equal(["", "Prices hold."], page.QuerySelectorAll(".body-diff .line-same").Select(l => l.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task RestoringARevisionAddsANewRevisionAndRewritesNothing()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Version one", "The first text."));
        await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Version two", "The second text."));
        var before = await RevisionsAsync(id);
        var token = await aryan.TokenAsync($"/newsroom/stories/{id}/revisions");

        var response = await aryan.PostFormAsync($"/newsroom/stories/{id}/revisions?handler=Restore&revision={before[0].Id}", new Dictionary<string, string>(), token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await RevisionsAsync(id);
        Assert.Equal(3, after.Count);
        Assert.Equal(before.Select(r => (r.Id, r.Snapshot)), after.Take(2).Select(r => (r.Id, r.Snapshot)));
        Assert.Equal(RevisionKinds.Restored, after[2].Kind);
        Assert.Equal("Version one", StorySnapshot.FromJson(after[2].Snapshot).Headline);
        var story = await StoryAsync(id);
        Assert.Equal(("Version one", "The first text."), (story.Headline, story.BodyMarkdown));
        Assert.Contains(AuditActions.StoryRestored, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesIsRefusedAndItsTextKept()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Shared story", "Start."));
        var farah = await _app.SignedInAsync("farah@byline.test");
        var (farahToken, farahVersion) = await farah.OpenStoryAsync($"{id}");

        var first = await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Shared story", "Aryan's paragraph."));
        var second = await farah.PostFormAsync($"/newsroom/stories/{id}",
            StoryEditorForms.Story("Shared story", "Farah's paragraph.", ("Version", $"{farahVersion}")), farahToken);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await Html.ParseAsync(await second.Content.ReadAsStringAsync());
        Assert.Contains("aryan saved this story at", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Farah's paragraph.", page.QuerySelector("textarea[name='Form.Body']")!.TextContent.Trim());
        Assert.Equal("Aryan's paragraph.", (await StoryAsync(id)).BodyMarkdown);
        var kept = (await RevisionsAsync(id)).Single(r => r.Kind == RevisionKinds.Conflicted);
        Assert.Equal("Farah's paragraph.", StorySnapshot.FromJson(kept.Snapshot).Body);
        Assert.NotNull(page.QuerySelector($".conflict a[href$='b={kept.Id}']"));
        Assert.Contains(AuditActions.StorySaveRefused, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task AFailedSaveShowsEverythingTypedAgainWithTheReason()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var typed = StoryEditorForms.Story("Typed headline", "Three paragraphs\n\nof careful\n\nwork.",
            ("Dek", "Typed dek"), ("Tags", "One, Two"), ("ImageUrl", "https://images.example/photo.jpg"), ("Slug", "Not A Slug!"), ("SeoTitle", "Typed SEO title"));

        var response = await aryan.SaveStoryAsync("new", typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelector(".errors")!.TextContent;
        Assert.Contains("alt text", errors, StringComparison.Ordinal);
        Assert.Contains("slug", errors, StringComparison.Ordinal);
        Assert.Equal("Typed headline", page.QuerySelector("textarea[name='Form.Headline']")!.TextContent.Trim());
        Assert.Equal("Three paragraphs\n\nof careful\n\nwork.", page.QuerySelector("textarea[name='Form.Body']")!.TextContent.Trim());
        Assert.Equal("Typed dek", page.QuerySelector("textarea[name='Form.Dek']")!.TextContent.Trim());
        Assert.Equal("One, Two", page.QuerySelector("input[name='Form.Tags']")!.GetAttribute("value"));
        Assert.Equal("Not A Slug!", page.QuerySelector("input[name='Form.Slug']")!.GetAttribute("value"));
        Assert.Equal("Typed SEO title", page.QuerySelector("input[name='Form.SeoTitle']")!.GetAttribute("value"));
        Assert.Equal(0, await _app.QueryAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task AutosavesUpdateOneRevisionInsteadOfAddingOneEach()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Autosaved story", "Start."));
        var (token, version) = await aryan.OpenStoryAsync($"{id}");

        foreach (var text in new[] { "Start, more.", "Start, more and more.", "Start, more and more and more." })
        {
            var response = await aryan.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", StoryEditorForms.Story("Autosaved story", text, ("Version", $"{version}")), token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            version = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();
        }

        var revisions = await RevisionsAsync(id);
        Assert.Equal([RevisionKinds.Saved, RevisionKinds.Autosaved], revisions.Select(r => r.Kind));
        Assert.Equal("Start, more and more and more.", StorySnapshot.FromJson(revisions[1].Snapshot).Body);
        Assert.Equal("Start, more and more and more.", (await StoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task ThePreviewIsRenderedBySanitizerWithCounts()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var token = await aryan.TokenAsync("/newsroom/stories/new");

        var response = await aryan.PostFormAsync("/newsroom/stories/new?handler=Preview",
            StoryEditorForms.Story("", "Hello **world** <script>alert(1)</script>", ("Dateline", "IPOH")), token);

        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var html = result.GetProperty("html").GetString()!;
        Assert.Contains("<strong>world</strong>", html, StringComparison.Ordinal);
        Assert.Contains("IPOH:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(3, result.GetProperty("words").GetInt32());
    }

    [Fact]
    public async Task TheDatabaseRefusesASaveThatReadAnOlderVersion()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Raced story", "Start."));
        await using var slow = _app.Services.CreateAsyncScope();
        var slowDb = slow.ServiceProvider.GetRequiredService<BylineDb>();
        var stale = await slowDb.Stories.Include(s => s.Section).Include(s => s.Tags).Include(s => s.Authors).ThenInclude(a => a.Author).SingleAsync(s => s.Id == id);

        // Someone else saves after the slow request has read the story...
        Assert.Equal(HttpStatusCode.Redirect, (await aryan.SaveStoryAsync($"{id}", StoryEditorForms.Story("Raced story", "The faster save."))).StatusCode);

        // ...so the slow save passes the form's version check but the database refuses it.
        var me = new StoryUser("someone", "Slow Writer", Roles.Editor, null);
        var result = await slow.ServiceProvider.GetRequiredService<StoryDesk>().SaveAsync(stale,
            new StorySnapshot { Headline = "Raced story", Body = "The slower save.", Slug = "raced-story" }, stale.Version, me, StoryAct.Save, null, null, null, CancellationToken.None);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal("The faster save.", (await StoryAsync(id)).BodyMarkdown);
        Assert.Contains(await RevisionsAsync(id), r => r.Kind == RevisionKinds.Conflicted && StorySnapshot.FromJson(r.Snapshot).Body == "The slower save.");
    }

    [Fact]
    public async Task AnImportOrApiSaveMakesAnOpenNewsroomFormStale()
    {
        var aryan = await _app.SignedInAsync("aryan@byline.test");
        var id = await aryan.NewStoryAsync(StoryEditorForms.Story("Edited from two sides", "Start.", ("Slug", "edited-from-two-sides")));
        var (token, version) = await aryan.OpenStoryAsync($"{id}");
        await _app.WithServicesAsync(async services =>
        {
            var writer = services.GetRequiredService<StoryWriter>();
            var story = (await writer.FindByIdAsync(id, CancellationToken.None))!;
            await writer.ApplyAsync(story, new IncomingStory { Headline = "Edited from two sides", Slug = "edited-from-two-sides", BodyMarkdown = "From the API." }, CancellationToken.None);
            return await services.GetRequiredService<BylineDb>().SaveChangesAsync();
        });

        var response = await aryan.PostFormAsync($"/newsroom/stories/{id}", StoryEditorForms.Story("Edited from two sides", "From the newsroom.", ("Version", $"{version}")), token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("From the API.", (await StoryAsync(id)).BodyMarkdown);
    }
}
