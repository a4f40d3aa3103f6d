using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

public sealed class SettingsScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string name = "The Daily Example", string zone = "UTC", string language = "en", string baseUrl = "https://news.example", string footer = "") => new()
    {
        ["Form.Name"] = name, ["Form.Tagline"] = "News that matters", ["Form.BaseUrl"] = baseUrl, ["Form.Language"] = language,
        ["Form.TimeZone"] = zone, ["Form.LogoUrl"] = "", ["Form.Copyright"] = "© {year} Example Media", ["Form.FooterLinks"] = footer,
    };

    [Fact]
    public async Task ANewNameZoneAndFooterShowOnEveryCachedPageAtOnce()
    {
        await desk.App.SaveAsync(TestStories.FreshStory("settings-story", new DateTime(2026, 1, 15, 6, 30, 0, DateTimeKind.Utc)) with { Tags = [], Authors = [] });
        await desk.PrimeAsync("/", "/politics", "/politics/settings-story");
        var owner = await desk.AsAsync(DeskApp.Owner);

        await owner.SaveAsync("/newsroom/settings", Fields("The Kuala Lumpur Ledger", "Asia/Kuala_Lumpur", footer: "About us | /about\nPrivacy | https://example.com/privacy"));

        foreach (var path in new[] { "/", "/politics", "/politics/settings-story" })
        {
            var (_, page) = await desk.ReadAsync(path);
            Assert.Equal("The Kuala Lumpur Ledger", page.QuerySelector(".site-name a")?.Text());
            Assert.NotNull(page.QuerySelector("footer a[href='/about']"));
        }

        var (_, story) = await desk.ReadAsync("/politics/settings-story");
        Assert.Equal("15 January 2026, 2:30 PM GMT+8", story.QuerySelector(".story-times time")?.Text());
        var entry = await desk.QueryAsync(db => db.AuditLog.Where(e => e.Action == AuditActions.SettingsChanged).OrderBy(e => e.Id).LastAsync());
        Assert.Contains("Name", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("TimeZone", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.TimeZone", "Mars/Olympus_Mons", "is not a time zone this server knows")]
    [InlineData("Form.TimeZone", "../../etc/passwd", "is not a time zone this server knows")]
    [InlineData("Form.Language", "english please", "The language is a tag like")]
    [InlineData("Form.BaseUrl", "javascript:alert(1)", "The site's address is its full public address")]
    [InlineData("Form.BaseUrl", "news.example", "The site's address is its full public address")]
    [InlineData("Form.FooterLinks", "Click | javascript:alert(1)", "Each footer link is a label")]
    [InlineData("Form.Name", "   ", "Give the publication a name.")]
    public async Task BadSettingsAreRefusedWithAMessageAndNothingChanges(string field, string value, string message)
    {
        var owner = await desk.AsAsync(DeskApp.Owner);
        var before = await desk.QueryAsync(db => db.Publication.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Name, p.TimeZone, p.BaseUrl }).FirstOrDefaultAsync());
        var fields = Fields("Should Not Be Saved");
        fields[field] = value;

        var errors = await owner.RefusedAsync("/newsroom/settings", fields);

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await desk.QueryAsync(db => db.Publication.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Name, p.TimeZone, p.BaseUrl }).FirstOrDefaultAsync()));
    }
}
