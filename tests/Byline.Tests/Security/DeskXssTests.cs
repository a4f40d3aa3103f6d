using System.Globalization;
using Byline.Import;
using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;
using Byline.Tests.Newsroom.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Security;

// Every XSS payload in the shared corpora, typed into every field the newsroom's screens control
// (through the real forms, as an editor and an administrator) and into every field of a story
// (through the story editor's form, and through StoryWriter as imports and the API do), then every reader page that shows
// them loaded in Chromium: no script may run, and none may be left armed.
public sealed class DeskXssTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const int BatchSize = 60;
    private readonly NewsroomApp _app = new();
    private HttpClient _editor = null!;
    private HttpClient _owner = null!;
    private string _editorToken = "";
    private string _ownerToken = "";

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AddUserAsync(DeskApp.Owner, Roles.Administrator, owner: true);
        await _app.AddUserAsync(DeskApp.Editor, Roles.Editor);
        _editor = await _app.SignedInAsync(DeskApp.Editor);
        _owner = await _app.SignedInAsync(DeskApp.Owner);
        _editorToken = await _editor.TokenAsync("/newsroom/sections");
        _ownerToken = await _owner.TokenAsync("/newsroom/settings");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Web(string payload, int i) => "https://example.com/" + i.ToString(CultureInfo.InvariantCulture) + "?q=" + Uri.EscapeDataString(payload.Length > 500 ? payload[..500] : payload);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];

    private static async Task PostAsync(HttpClient client, string token, string path, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(path, fields, token);
        Assert.True((int)response.StatusCode is 302 or 200, $"{path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task NoPayloadInAnyNewsroomOrStoryFieldRunsScriptOnAReaderPage()
    {
        await using var watch = await ScriptWatch.OpenAsync(chromium.Browser, _app.CreateClient());
        var adSlot = 0;

        await XssPayloads.PutThroughAsync(watch, BatchSize, async (batch, n) =>
        {
            var first = n * BatchSize;
            var all = XssPayloads.Fit(batch, 1000);

            // A section for the batch; a tag and an author for each payload.
            await PostAsync(_editor, _editorToken, "/newsroom/sections", new() { ["Form.Name"] = XssPayloads.Fit(batch, 200), ["Form.Slug"] = $"s-{n}", ["Form.Description"] = all, ["Form.Position"] = "1" });
            for (var k = 0; k < batch.Count; k++)
            {
                var (payload, i) = (batch[k], first + k);
                await PostAsync(_editor, _editorToken, "/newsroom/tags", new() { ["Form.Name"] = Cut(payload, 200), ["Form.Slug"] = $"t-{i}", ["Form.Description"] = Cut(payload + " " + all, 1000) });
                await PostAsync(_editor, _editorToken, "/newsroom/authors", new()
                {
                    ["Form.Name"] = Cut(payload, 200), ["Form.Slug"] = $"a-{i}", ["Form.JobTitle"] = Cut(payload, 200), ["Form.Bio"] = Cut(payload + "\n\n" + XssPayloads.Fit(batch, 5000, "\n"), 5000),
                    ["Form.Website"] = Web(payload, i), ["Form.PhotoUrl"] = Web(payload, i), ["Form.SocialLinks"] = $"{Cut(payload, 50)} {Web(payload, i)}",
                });
            }

            await PostAsync(_editor, _editorToken, "/newsroom/pages", new() { ["Form.Title"] = XssPayloads.Fit(batch, 300), ["Form.Slug"] = $"p-{n}", ["Form.Body"] = string.Join("\n\n", batch) });
            await PostAsync(_owner, _ownerToken, "/newsroom/settings", new()
            {
                ["Form.Name"] = XssPayloads.Fit(batch, 200), ["Form.Tagline"] = XssPayloads.Fit(batch, 500), ["Form.Copyright"] = XssPayloads.Fit(batch, 500),
                ["Form.BaseUrl"] = ScriptWatch.Origin, ["Form.Language"] = "en", ["Form.TimeZone"] = "UTC", ["Form.LogoUrl"] = Web(batch[0], n),
                ["Form.FooterLinks"] = string.Join("\n", batch.Take(20).Select(p => $"{Cut(p.Replace('|', '/'), 100)} | /p-{n}")),
            });
            var ad = new Dictionary<string, string>
            {
                ["Form.Name"] = "Banner", ["Form.Placement"] = "TopBanner", ["Form.Width"] = "728", ["Form.Height"] = "90", ["Form.Enabled"] = "true",
                ["Form.Html"] = XssPayloads.Fit(batch, 20_000, "\n"), ["Form.AltText"] = XssPayloads.Fit(batch, 500),
            };
            var image = new Dictionary<string, string>
            {
                ["Form.Name"] = "Footer", ["Form.Placement"] = "Footer", ["Form.Width"] = "728", ["Form.Height"] = "90", ["Form.Enabled"] = "true",
                ["Form.ImageUrl"] = Web(batch[0], n), ["Form.LinkUrl"] = Web(batch[^1], n), ["Form.AltText"] = XssPayloads.Fit(batch, 500),
            };
            await PostAsync(_owner, _ownerToken, adSlot == 0 ? "/newsroom/ads" : $"/newsroom/ads/{adSlot}", ad);
            await PostAsync(_owner, _ownerToken, adSlot == 0 ? "/newsroom/ads" : $"/newsroom/ads/{adSlot + 1}", image);
            adSlot = adSlot == 0 ? await _app.QueryAsync(db => db.AdSlots.Where(a => a.Name == "Banner").Select(a => a.Id).SingleAsync()) : adSlot;

            var story = await WriteStoryAsync(batch, n);
            var edited = await WriteThroughEditorAsync(batch, n);
            return ["/", $"/s-{n}", $"/tag/t-{first}", $"/author/a-{first}", $"/p-{n}", story, edited, "/search?q=" + Uri.EscapeDataString(Cut(batch[0], 200))];
        });
    }

    // Every field of the newsroom's story editor, typed by an editor and published through the form.
    private async Task<string> WriteThroughEditorAsync(IReadOnlyList<string> batch, int n)
    {
        var all = XssPayloads.Fit(batch, 4000);
        var slug = $"xss-desk-{n}";
        var first = n * BatchSize;
        var section = await _app.QueryAsync(db => db.Sections.Where(s => s.Slug == $"s-{n}").Select(s => s.Id).SingleAsync());
        var authorSlugs = Enumerable.Range(first, Math.Min(batch.Count, 5)).Select(i => $"a-{i}").ToList();
        var authors = await _app.QueryAsync(db => db.Authors.Where(a => authorSlugs.Contains(a.Slug)).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var fields = StoryEditorForms.Story(Cut(batch[^1], 250), string.Join("\n\n", batch),
            ("Dek", Cut(all, 450)), ("Dateline", Cut(batch[^1], 90)), ("SectionId", section.ToString(CultureInfo.InvariantCulture)),
            ("Tags", string.Join(", ", batch.Select(p => Cut(p.Replace(',', ' '), 150)))),
            ("ImageUrl", Web(batch[^1], n)), ("ImageAlt", Cut(all, 450)), ("ImageCaption", Cut(all, 900)), ("ImageCredit", Cut(all, 250)),
            ("SeoTitle", Cut(all, 250)), ("SeoDescription", Cut(all, 450)), ("CanonicalUrl", Web(batch[0], n)), ("Slug", slug));
        for (var i = 0; i < authors.Count; i++)
        {
            fields[$"Form.AuthorIds[{i}]"] = authors[i].ToString(CultureInfo.InvariantCulture);
        }

        await _editor.NewStoryAsync(fields, "publish");
        var sectionSlug = await _app.QueryAsync(db => db.Stories.Where(s => s.Slug == slug).Select(s => s.Section!.Slug).SingleAsync());
        return Byline.Site.Urls.Story(sectionSlug, slug);
    }

    // Every story field, through StoryWriter, then the batch's section, tags and authors attached.
    private async Task<string> WriteStoryAsync(IReadOnlyList<string> batch, int n)
    {
        var all = XssPayloads.Fit(batch, 4000);
        var slug = $"xss-story-{n}";
        await _app.SaveAsync(new IncomingStory
        {
            Headline = Cut(batch[0], 250),
            Slug = slug,
            Dek = Cut(all, 450),
            Dateline = Cut(batch[0], 90),
            BodyMarkdown = string.Join("\n\n", batch),
            Authors = [],
            Tags = [.. batch.Select(p => Cut(p, 190))],
            Section = "Holding",
            PublishedAt = DateTime.UtcNow.AddHours(-1),
            Image = new FeaturedImage { Url = Web(batch[0], n), Alt = Cut(all, 450), Caption = Cut(all, 900), Credit = Cut(all, 250) },
            SeoTitle = Cut(all, 250),
            SeoDescription = Cut(all, 450),
            CanonicalUrl = Cut(batch[0], 1000),
            Corrections = [(DateTime.UtcNow.AddMinutes(-5), Cut(all, 3900))],
        });
        var first = n * BatchSize;
        return await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var story = await db.Stories.Include(s => s.Tags).Include(s => s.Authors).SingleAsync(s => s.Slug == slug);
            var section = await db.Sections.SingleAsync(s => s.Slug == $"s-{n}");
            var tagSlugs = Enumerable.Range(first, batch.Count).Select(i => $"t-{i}").ToList();
            var authorSlugs = Enumerable.Range(first, batch.Count).Select(i => $"a-{i}").ToList();
            story.SectionId = section.Id;
            story.Tags.AddRange(await db.Tags.Where(t => tagSlugs.Contains(t.Slug)).ToListAsync());
            var position = 0;
            foreach (var author in await db.Authors.Where(a => authorSlugs.Contains(a.Slug)).OrderBy(a => a.Id).ToListAsync())
            {
                story.Authors.Add(new StoryAuthor { AuthorId = author.Id, Position = position++ });
            }

            await db.SaveChangesAsync();
            return Byline.Site.Urls.Story(section.Slug, slug);
        });
    }
}
