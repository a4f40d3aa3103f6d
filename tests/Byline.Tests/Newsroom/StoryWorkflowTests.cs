using System.Net;
using Byline.Authors;
using Byline.Publication;
using Microsoft.Extensions.DependencyInjection;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom;

// Who may do what to a story, tried by direct POSTs with valid anti-forgery tokens, not through
// the buttons the page happens to show.
public sealed class StoryWorkflowTests : IAsyncLifetime
{
    private readonly NewsroomApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync("reporter@byline.test", Roles.Contributor);
        await _app.AddUserAsync("stringer@byline.test", Roles.Contributor);
        await _app.AddUserAsync("writer@byline.test", Roles.Author);
        await _app.AddUserAsync("editor@byline.test", Roles.Editor);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<Story> StoryAsync(int id) =>
        _app.QueryAsync(db => db.Stories.AsNoTracking().Include(s => s.Authors).SingleAsync(s => s.Id == id));

    [Fact]
    public async Task AContributorWritesADraftAndSubmitsItForReview()
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var id = await reporter.NewStoryAsync(StoryEditorForms.Story("Flood waters rise in Kelantan", "Rivers burst their banks overnight."));

        var response = await reporter.SaveStoryAsync($"{id}", StoryEditorForms.Story("Flood waters rise in Kelantan", "Rivers burst their banks overnight."), "submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var story = await StoryAsync(id);
        Assert.Equal(StoryStatus.InReview, story.Status);
        Assert.Equal((await _app.FindUserAsync("reporter@byline.test"))!.Id, story.CreatedByUserId);
        var actions = await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.StoryCreated, actions);
        Assert.Contains(AuditActions.StorySubmitted, actions);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("schedule")]
    public async Task AContributorCannotPublishOrScheduleEvenByPostingDirectly(string act)
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var id = await reporter.NewStoryAsync(StoryEditorForms.Story("Draft only", "Body."));

        var onExisting = await reporter.SaveStoryAsync($"{id}", StoryEditorForms.Story("Draft only", "Body.", ("ScheduleAt", "2040-01-01T10:00")), act);
        var onNew = await reporter.SaveStoryAsync("new", StoryEditorForms.Story("Straight to the site", "Body.", ("ScheduleAt", "2040-01-01T10:00")), act);

        Assert.Equal(HttpStatusCode.Forbidden, onExisting.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, onNew.StatusCode);
        Assert.Equal(StoryStatus.Draft, (await StoryAsync(id)).Status);
        Assert.Equal(1, await _app.QueryAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task AContributorCannotReadOrChangeAnotherContributorsStory()
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var id = await reporter.NewStoryAsync(StoryEditorForms.Story("Mine, not yours", "Original text."));
        var stringer = await _app.SignedInAsync("stringer@byline.test");
        var token = await stringer.TokenAsync("/newsroom/stories/new");

        var read = await stringer.GetAsync($"/newsroom/stories/{id}");
        var write = await stringer.PostFormAsync($"/newsroom/stories/{id}", StoryEditorForms.Story("Taken over", "Changed text.", ("Version", "1")), token);
        var autosave = await stringer.PostFormAsync($"/newsroom/stories/{id}?handler=Autosave", StoryEditorForms.Story("Taken over", "Changed text.", ("Version", "1")), token);
        var delete = await stringer.PostFormAsync($"/newsroom/stories/{id}?handler=Delete", new Dictionary<string, string>(), token);
        var revisions = await stringer.GetAsync($"/newsroom/stories/{id}/revisions");
        var (_, list) = await stringer.GetPageAsync("/newsroom/stories");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, autosave.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revisions.StatusCode);
        Assert.DoesNotContain("Mine, not yours", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Original text.", (await StoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task ASubmittedStoryIsLockedForItsContributorUntilAnEditorSendsItBack()
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var id = await reporter.NewStoryAsync(StoryEditorForms.Story("Locked after submission", "First draft."), "submit");

        var (_, page) = await reporter.GetPageAsync($"/newsroom/stories/{id}");
        var refused = await reporter.SaveStoryAsync($"{id}", StoryEditorForms.Story("Locked after submission", "Sneaky edit."));
        Assert.NotNull(page.QuerySelector("fieldset.editor[disabled]"));
        Assert.Contains("locked", page.QuerySelector(".locked")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("First draft.", (await StoryAsync(id)).BodyMarkdown);

        var editor = await _app.SignedInAsync("editor@byline.test");
        var sentBack = await editor.SaveStoryAsync($"{id}", StoryEditorForms.Story("Locked after submission", "First draft.", ("Note", "Needs a second source.")), "send-back");
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        var (_, again) = await reporter.GetPageAsync($"/newsroom/stories/{id}");
        Assert.Contains("Needs a second source.", again.Body!.TextContent, StringComparison.Ordinal);

        var allowed = await reporter.SaveStoryAsync($"{id}", StoryEditorForms.Story("Locked after submission", "Second draft, two sources."));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal("Second draft, two sources.", (await StoryAsync(id)).BodyMarkdown);
        Assert.Contains(AuditActions.StorySentBack, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task AnAuthorPublishesTheirOwnStoryButNotSomeoneElses()
    {
        var reporter = await _app.SignedInAsync("reporter@byline.test");
        var theirs = await reporter.NewStoryAsync(StoryEditorForms.Story("A contributor's story", "Body."), "submit");
        var writer = await _app.SignedInAsync("writer@byline.test");
        var own = await writer.NewStoryAsync(StoryEditorForms.Story("An author's story", "Body."));

        var publishOwn = await writer.SaveStoryAsync($"{own}", StoryEditorForms.Story("An author's story", "Body."), "publish");
        var publishTheirs = await writer.SaveStoryAsync($"{theirs}", StoryEditorForms.Story("A contributor's story", "Body."), "publish");

        Assert.Equal(HttpStatusCode.Redirect, publishOwn.StatusCode);
        Assert.Equal(StoryStatus.Published, (await StoryAsync(own)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, publishTheirs.StatusCode);
        Assert.Equal(StoryStatus.InReview, (await StoryAsync(theirs)).Status);
    }

    [Fact]
    public async Task AContributorsStoryIsTheirsThroughTheirLinkedAuthorProfileToo()
    {
        var authorId = await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var author = db.Authors.Add(new Author { Name = "Aryan Singh", Slug = "aryan-singh" }).Entity;
            await db.SaveChangesAsync();
            var user = await db.Users.SingleAsync(u => u.Email == "stringer@byline.test");
            user.AuthorId = author.Id;
            await db.SaveChangesAsync();
            return author.Id;
        });
        var editor = await _app.SignedInAsync("editor@byline.test");
        var id = await editor.NewStoryAsync(StoryEditorForms.Story("Bylined to the stringer", "Body.", ("AuthorIds", $"{authorId}")));

        var stringer = await _app.SignedInAsync("stringer@byline.test");
        var read = await stringer.GetAsync($"/newsroom/stories/{id}");
        var save = await stringer.SaveStoryAsync($"{id}", StoryEditorForms.Story("Bylined to the stringer", "Body, edited.", ("AuthorIds", $"{authorId}")));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Body, edited.", (await StoryAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task ScheduleTakesATimeInThePublicationsZoneAndStoresUtc()
    {
        await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var publication = await db.Publication.FirstOrDefaultAsync() ?? db.Publication.Add(new PublicationSettings { Name = "The Test" }).Entity;
            publication.TimeZone = "Asia/Kuala_Lumpur";
            return await db.SaveChangesAsync();
        });
        var editor = await _app.SignedInAsync("editor@byline.test");

        var id = await editor.NewStoryAsync(StoryEditorForms.Story("Budget day", "The budget.", ("ScheduleAt", "2040-01-15T09:30")), "schedule");

        var story = await StoryAsync(id);
        Assert.Equal(StoryStatus.Scheduled, story.Status);
        Assert.Equal(new DateTime(2040, 1, 15, 1, 30, 0, DateTimeKind.Utc), story.PublishedAt);
        var (_, page) = await editor.GetPageAsync($"/newsroom/stories/{id}");
        Assert.Contains("15 Jan 2040, 09:30", page.QuerySelector(".when")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(AuditActions.StoryScheduled, await _app.QueryAsync(db => db.AuditLog.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task ASchedulingTimeInThePastIsRefusedAndTheFormKept()
    {
        var editor = await _app.SignedInAsync("editor@byline.test");

        var response = await editor.SaveStoryAsync("new", StoryEditorForms.Story("Too late", "Typed body that must survive.", ("ScheduleAt", "2001-01-01T10:00")), "schedule");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("future", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed body that must survive.", page.QuerySelector("textarea[name='Form.Body']")!.TextContent.Trim());
        Assert.Equal(0, await _app.QueryAsync(db => db.Stories.CountAsync()));
    }
}
