using System.Net;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

public sealed class PageScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string title, string slug = "", string body = "") =>
        new() { ["Form.Title"] = title, ["Form.Slug"] = slug, ["Form.Body"] = body };

    [Fact]
    public async Task APageIsWrittenInMarkdownRenderedSafelyAndEditedLive()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var edit = await editor.CreateAsync("/newsroom/pages", Fields("About Us"));
        Assert.Equal("about-us", await desk.QueryAsync(db => db.Pages.Where(p => p.Id == DeskForms.IdOf(edit)).Select(p => p.Slug).SingleAsync()));
        await desk.PrimeAsync("/about-us");

        await editor.SaveAsync(edit, Fields("About The Paper", "about-us", "We are **independent**.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[Contact](/contact)"));

        var (response, page) = await desk.ReadAsync("/about-us");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("About The Paper", page.QuerySelector("main h1")?.Text());
        Assert.Equal("independent", page.QuerySelector("main strong")?.Text());
        Assert.NotNull(page.QuerySelector("main a[href='/contact']"));
        Assert.Empty(page.QuerySelectorAll("main script, [onerror]"));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.PageChanged && e.Subject == "page about-us")));
    }

    [Fact]
    public async Task APageCannotTakeASectionsAddressOrOneOfTheSitesOwn()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        await editor.CreateAsync("/newsroom/sections", new Dictionary<string, string> { ["Form.Name"] = "Business", ["Form.Slug"] = "business", ["Form.Position"] = "0" });

        var onSection = await editor.RefusedAsync("/newsroom/pages", Fields("Business Page", "business"));
        var onRoute = await editor.RefusedAsync("/newsroom/pages", Fields("Feeds", "feed"));

        Assert.Contains(onSection, e => e.StartsWith("The section /business has that address", StringComparison.Ordinal));
        Assert.Contains(onRoute, e => e.Contains("one of the site's own addresses", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeletedPageIsGoneForReadersAtOnce()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        var edit = await editor.CreateAsync("/newsroom/pages", Fields("Old Terms", "old-terms", "These terms are old."));
        await desk.PrimeAsync("/old-terms");

        await editor.SaveAsync(edit, new Dictionary<string, string>(), "Delete");

        Assert.Equal(HttpStatusCode.NotFound, (await desk.ReadAsync("/old-terms")).Response.StatusCode);
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.PageDeleted && e.Subject == "page old-terms")));
    }
}
