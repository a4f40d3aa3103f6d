using System.Net;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

public sealed class AuthorScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string name, string slug = "", string bio = "", string links = "", string website = "", string photo = "") => new()
    {
        ["Form.Name"] = name, ["Form.Slug"] = slug, ["Form.JobTitle"] = "Correspondent", ["Form.Bio"] = bio,
        ["Form.SocialLinks"] = links, ["Form.Website"] = website, ["Form.PhotoUrl"] = photo,
    };

    [Fact]
    public async Task AnEditorWritesAProfileThatShowsUnderTheStoryAndOnTheAuthorPage()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var edit = await editor.CreateAsync("/newsroom/authors", Fields("Mei Ling Tan", "mei-ling-tan"));
        await desk.App.SaveAsync(TestStories.FreshStory("profiled-story") with { Authors = [new Byline.Import.IncomingAuthor("Mei Ling Tan", Slug: "mei-ling-tan")], Tags = [], Section = "Profiles" });
        await desk.PrimeAsync("/author/mei-ling-tan", "/profiles/profiled-story");

        await editor.SaveAsync(edit, Fields("Mei Ling Tan", "mei-ling-tan", "Covers courts and crime.", "Mastodon https://mastodon.example/@mei\nBluesky https://bsky.example/mei", "https://mei.example"));

        var (_, story) = await desk.ReadAsync("/profiles/profiled-story");
        Assert.Contains("Covers courts and crime.", story.Body!.TextContent, StringComparison.Ordinal);
        var (_, page) = await desk.ReadAsync("/author/mei-ling-tan");
        Assert.NotNull(page.QuerySelector("a[href='https://mastodon.example/@mei']"));
        Assert.NotNull(page.QuerySelector("a[href='https://bsky.example/mei']"));
        var saved = await desk.QueryAsync(db => db.Authors.SingleAsync(a => a.Slug == "mei-ling-tan"));
        Assert.Equal(["Mastodon", "Bluesky"], saved.SocialLinks.Select(l => l.Network));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.AuthorChanged && e.Subject == "author mei-ling-tan")));
    }

    [Theory]
    [InlineData("Form.Website", "javascript:alert(1)", "The website must be a web address")]
    [InlineData("Form.PhotoUrl", "data:image/svg+xml,<svg onload=alert(1)>", "The photo address must be a web address")]
    [InlineData("Form.SocialLinks", "Mastodon javascript:alert(1)", "Each social link is a network's name")]
    [InlineData("Form.SocialLinks", "https://no-network.example", "Each social link is a network's name")]
    public async Task AddressesThatAreNotWebAddressesAreRefused(string field, string value, string message)
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var fields = Fields("Address Test", "address-test");
        fields[field] = value;

        var errors = await editor.RefusedAsync("/newsroom/authors", fields);

        Assert.Contains(errors, e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.False(await desk.QueryAsync(db => db.Authors.AnyAsync(a => a.Slug == "address-test")));
    }

    [Fact]
    public async Task AnAccountIsLinkedToAProfileAndUnlinkedAgain()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var first = await editor.CreateAsync("/newsroom/authors", Fields("Linked One", "linked-one"));
        var second = await editor.CreateAsync("/newsroom/authors", Fields("Linked Two", "linked-two"));
        var author = await desk.App.FindUserAsync(DeskApp.Author);

        await editor.SaveAsync(first, new Dictionary<string, string> { ["account"] = author!.Id }, "Link");
        Assert.Equal(DeskForms.IdOf(first), (await desk.App.FindUserAsync(DeskApp.Author))!.AuthorId);

        // Linking the same account to another profile moves it: one byline per account.
        await editor.SaveAsync(second, new Dictionary<string, string> { ["account"] = author.Id }, "Link");
        Assert.Equal(DeskForms.IdOf(second), (await desk.App.FindUserAsync(DeskApp.Author))!.AuthorId);
        var (_, list) = await editor.GetPageAsync("/newsroom/authors");
        Assert.Contains(DeskApp.Author, list.QuerySelector("tr[data-slug=linked-two]")?.Text(), StringComparison.Ordinal);

        await editor.SaveAsync(second, new Dictionary<string, string> { ["account"] = "" }, "Link");
        Assert.Null((await desk.App.FindUserAsync(DeskApp.Author))!.AuthorId);
        var actions = await desk.QueryAsync(db => db.AuditLog.Where(e => e.Subject == "author linked-two").Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.AuthorLinked, actions);
        Assert.Contains(AuditActions.AuthorUnlinked, actions);
    }

    [Fact]
    public async Task AnAuthorWithStoriesIsNotDeletedAndOneWithoutIs()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        await desk.App.SaveAsync(TestStories.FreshStory("bylined-story") with { Authors = [new Byline.Import.IncomingAuthor("Has Stories")], Tags = [], Section = "Profiles" });
        var busy = await desk.QueryAsync(db => db.Authors.Where(a => a.Slug == "has-stories").Select(a => a.Id).SingleAsync());
        var idle = await editor.CreateAsync("/newsroom/authors", Fields("No Stories", "no-stories"));

        var errors = await editor.RefusedAsync($"/newsroom/authors/{busy}", new Dictionary<string, string>(), "Delete");
        await editor.SaveAsync(idle, new Dictionary<string, string>(), "Delete");

        Assert.Contains("1 story carries this byline, so the author cannot be deleted. Change the bylines of those stories first.", errors);
        Assert.True(await desk.QueryAsync(db => db.Authors.AnyAsync(a => a.Slug == "has-stories")));
        Assert.False(await desk.QueryAsync(db => db.Authors.AnyAsync(a => a.Slug == "no-stories")));
        Assert.Equal(HttpStatusCode.NotFound, (await desk.ReadAsync("/author/no-stories")).Response.StatusCode);
    }
}
