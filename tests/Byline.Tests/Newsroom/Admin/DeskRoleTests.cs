using System.Net;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Newsroom.Admin;

// Who may use which screen, checked on the server by direct posts that carry a valid anti-forgery
// token (taken from a page the person may see), so only the role check stands in the way.
public sealed class DeskRoleTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private const string Hostile = "Taken Over";

    public static TheoryData<string, string> EditorScreens() => Cross([DeskApp.Contributor, DeskApp.Author], EditorPosts);

    public static TheoryData<string, string> AdministratorScreens() => Cross([DeskApp.Contributor, DeskApp.Author, DeskApp.Editor], AdministratorPosts);

    // Every form on the screens, by the address it posts to.
    private static readonly string[] EditorPosts =
    [
        "/newsroom/sections", "/newsroom/sections/{section}", "/newsroom/sections/{section}?handler=Delete",
        "/newsroom/tags", "/newsroom/tags/{tag}", "/newsroom/tags/{tag}?handler=Merge", "/newsroom/tags/{tag}?handler=Delete",
        "/newsroom/authors", "/newsroom/authors/{author}", "/newsroom/authors/{author}?handler=Link", "/newsroom/authors/{author}?handler=Delete",
        "/newsroom/pages", "/newsroom/pages/{page}", "/newsroom/pages/{page}?handler=Delete",
    ];

    private static readonly string[] AdministratorPosts =
    [
        "/newsroom/ads", "/newsroom/ads/{ad}", "/newsroom/ads/{ad}?handler=Delete", "/newsroom/settings",
        "/newsroom/users?handler=Role", "/newsroom/users?handler=Disable", "/newsroom/users?handler=Invite",
    ];

    private static TheoryData<string, string> Cross(string[] people, string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var person in people)
        {
            foreach (var path in paths)
            {
                data.Add(person, path);
            }
        }

        return data;
    }

    private async Task<Dictionary<string, int>> ItemsAsync() => await desk.App.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<BylineDb>();
        if (!await db.Sections.AnyAsync(s => s.Slug == "guarded"))
        {
            db.Sections.Add(new Byline.Sections.Section { Name = "Guarded", Slug = "guarded" });
            db.Tags.Add(new Byline.Tags.Tag { Name = "Guarded", Slug = "guarded" });
            db.Tags.Add(new Byline.Tags.Tag { Name = "Other", Slug = "other" });
            db.Authors.Add(new Byline.Authors.Author { Name = "Guarded", Slug = "guarded" });
            db.Pages.Add(new Byline.Pages.Page { Title = "Guarded", Slug = "guarded-page" });
            db.AdSlots.Add(new Byline.Ads.AdSlot { Name = "Guarded", Width = 300, Height = 250 });
            await db.SaveChangesAsync();
        }

        return new Dictionary<string, int>
        {
            ["section"] = await db.Sections.Where(s => s.Slug == "guarded").Select(s => s.Id).SingleAsync(),
            ["tag"] = await db.Tags.Where(s => s.Slug == "guarded").Select(s => s.Id).SingleAsync(),
            ["author"] = await db.Authors.Where(s => s.Slug == "guarded").Select(s => s.Id).SingleAsync(),
            ["page"] = await db.Pages.Where(s => s.Slug == "guarded-page").Select(s => s.Id).SingleAsync(),
            ["ad"] = await db.AdSlots.Where(s => s.Name == "Guarded").Select(s => s.Id).SingleAsync(),
        };
    });

    private async Task<HttpStatusCode> PostAsync(string person, string template)
    {
        var items = await ItemsAsync();
        var path = items.Aggregate(template, (p, item) => p.Replace($"{{{item.Key}}}", item.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var client = await desk.AsAsync(person);
        var token = await client.TokenAsync("/newsroom/account");
        var owner = await desk.App.FindUserAsync(DeskApp.Editor);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = Hostile, ["Form.Title"] = Hostile, ["Form.Slug"] = "taken-over", ["Form.BaseUrl"] = "https://evil.example", ["Form.Language"] = "en",
            ["Form.TimeZone"] = "UTC", ["Form.Position"] = "0", ["Form.Width"] = "1", ["Form.Height"] = "1", ["Form.Placement"] = "TopBanner",
            ["into"] = "other", ["account"] = owner!.Id, ["id"] = owner.Id, ["role"] = "Administrator", ["InviteEmail"] = "evil@example.com", ["InviteRole"] = "Administrator",
        };
        return (await client.PostFormAsync(path, fields, token)).StatusCode;
    }

    private async Task AssertNothingChangedAsync()
    {
        Assert.Equal(5, await desk.QueryAsync(async db =>
            await db.Sections.CountAsync(s => s.Slug == "guarded") + await db.Tags.CountAsync(t => t.Slug == "guarded") + await db.Authors.CountAsync(a => a.Slug == "guarded")
            + await db.Pages.CountAsync(p => p.Slug == "guarded-page") + await db.AdSlots.CountAsync(a => a.Name == "Guarded")));
        Assert.False(await desk.QueryAsync(async db =>
            await db.Sections.AnyAsync(s => s.Name == Hostile) || await db.Tags.AnyAsync(t => t.Name == Hostile) || await db.Authors.AnyAsync(a => a.Name == Hostile)
            || await db.Pages.AnyAsync(p => p.Title == Hostile) || await db.AdSlots.AnyAsync(a => a.Name == Hostile) || await db.Publication.AnyAsync(p => p.Name == Hostile)
            || await db.Users.AnyAsync(u => u.AuthorId != null || u.Email == "evil@example.com")));
        Assert.Equal(["Editor"], await desk.App.RolesOfAsync(DeskApp.Editor));
    }

    [Theory]
    [MemberData(nameof(EditorScreens))]
    public async Task ContributorsAndAuthorsAreRefusedEveryEditorForm(string person, string path)
    {
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(person, path));
        await AssertNothingChangedAsync();
    }

    [Theory]
    [MemberData(nameof(AdministratorScreens))]
    public async Task OnlyAdministratorsMayPostToAdSlotsSettingsAndUsers(string person, string path)
    {
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(person, path));
        await AssertNothingChangedAsync();
    }

    [Theory]
    [InlineData(DeskApp.Contributor, "/newsroom/sections")]
    [InlineData(DeskApp.Author, "/newsroom/tags")]
    [InlineData(DeskApp.Author, "/newsroom/authors")]
    [InlineData(DeskApp.Contributor, "/newsroom/pages")]
    [InlineData(DeskApp.Editor, "/newsroom/ads")]
    [InlineData(DeskApp.Editor, "/newsroom/settings")]
    public async Task TheScreensAreForbiddenToLowerRolesAndTheRefusalIsAudited(string person, string path)
    {
        var client = await desk.AsAsync(person);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.Subject == $"GET {path}" && e.ActorEmail == person)));
    }

    [Fact]
    public async Task TheMenuOffersEachRoleOnlyItsScreens()
    {
        var (_, author) = await (await desk.AsAsync(DeskApp.Author)).GetPageAsync("/newsroom");
        var (_, editor) = await (await desk.AsAsync(DeskApp.Editor)).GetPageAsync("/newsroom");
        var (_, owner) = await (await desk.AsAsync(DeskApp.Owner)).GetPageAsync("/newsroom");

        string[] Links(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".sidebar nav a").Select(a => a.GetAttribute("href")!)];
        Assert.DoesNotContain("/newsroom/sections", Links(author));
        Assert.Contains("/newsroom/sections", Links(editor));
        Assert.DoesNotContain("/newsroom/settings", Links(editor));
        Assert.Contains("/newsroom/settings", Links(owner));
        Assert.Contains("/newsroom/ads", Links(owner));
    }
}
