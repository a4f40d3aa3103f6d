using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Import;

public sealed class ImportTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-import-").FullName;

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<ImportSummary> ImportAsync(string path, ImportOptions? options = null) =>
        _app.Services.GetRequiredService<Importer>().ImportAsync(path, options ?? new ImportOptions(), null, CancellationToken.None);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<T> DbAsync<T>(Func<BylineDb, Task<T>> query) => _app.WithServicesAsync(s => query(s.GetRequiredService<BylineDb>()));

    [Fact]
    public async Task PlainTextFixtureBecomesAStoryWithDatelineParagraphsAndItsAuthorsBio()
    {
        var summary = await ImportAsync(Repo.FixtureStory, new ImportOptions(Section: "Politics"));

        Assert.Equal(1, summary.Imported);
        var story = await DbAsync(db => db.Stories.Include(s => s.Authors).ThenInclude(a => a.Author).Include(s => s.Section).SingleAsync());
        Assert.Equal("Kuala Lumpur", story.Dateline);
        Assert.Equal("Politics", story.Section!.Name);
        Assert.Equal(StoryStatus.Published, story.Status);
        Assert.Equal(8, story.BodyMarkdown.Split("\n\n").Length);
        Assert.StartsWith("<p><span class=\"origin\">Kuala Lumpur:</span> U.S. Secretary of State", story.BodyHtml, StringComparison.Ordinal);
        var author = Assert.Single(story.Authors).Author!;
        Assert.Equal("Aryan Singh", author.Name);
        Assert.StartsWith("Aryan Singh is a political reporter", author.Bio, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", story.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportingTheSameStoriesUpdatesThemInsteadOfDuplicating()
    {
        var text = Write("story.txt", "Harbour Tolls Rise Again\n\nBy Jane Roe\n\nPORT KLANG: Tolls rose for the third time this year, operators said on Monday.\n\nShippers said the rise would be passed on.");
        Write("story.md", "---\ntitle: Rail Link Opens\ndate: 2025-10-20T08:00:00+08:00\nauthors: [Jane Roe]\nsection: Business\ntags: [Rail, Trade]\n---\nThe rail link opened on time.");
        var first = await ImportAsync(_folder);
        Assert.Equal((2, 0, 0), (first.Imported, first.Updated, first.Skipped));

        File.WriteAllText(text, File.ReadAllText(text).Replace("third time", "fourth time", StringComparison.Ordinal));
        var second = await ImportAsync(_folder);

        Assert.Equal((0, 2, 0), (second.Imported, second.Updated, second.Skipped));
        Assert.Equal(2, await DbAsync(db => db.Stories.CountAsync()));
        Assert.Equal(1, await DbAsync(db => db.Authors.CountAsync()));
        Assert.Equal(2, await DbAsync(db => db.Tags.CountAsync()));
        Assert.Contains("fourth time", await DbAsync(db => db.Stories.Where(s => s.Slug == "harbour-tolls-rise-again").Select(s => s.BodyHtml).SingleAsync()), StringComparison.Ordinal);
    }

    private static string Letters(string date, string body) =>
        $"Letters to the editor\n\n{date}\n\nBy The Editors\n\n{body}\n\nWrite to us at the usual address.";

    [Fact]
    public async Task TwoDaysOfARecurringColumnWithTheSameHeadlineAreTwoStoriesWithDistinctSlugs()
    {
        Write("letters-0303.txt", Letters("3 March 2026", "The new bus timetable leaves Kampung Baru without an evening service."));
        Write("letters-0304.txt", Letters("4 March 2026", "Thank you for your coverage of the floods in the east."));

        var first = await ImportAsync(_folder);

        Assert.Equal((2, 0, 0), (first.Imported, first.Updated, first.Skipped));
        var stories = await DbAsync(db => db.Stories.OrderBy(s => s.PublishedAt).Select(s => new { s.Slug, s.BodyMarkdown }).ToListAsync());
        Assert.Equal(["letters-to-the-editor", "letters-to-the-editor-2"], stories.Select(s => s.Slug));
        Assert.Contains("bus timetable", stories[0].BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("floods in the east", stories[1].BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportingARecurringColumnUpdatesEachDayInPlaceAndSaysWhichStoryItWentTo()
    {
        Write("letters-0303.txt", Letters("3 March 2026", "The bus timetable is wrong."));
        var fourth = Write("letters-0304.txt", Letters("4 March 2026", "Thank you for the flood coverage."));
        await ImportAsync(_folder);

        File.WriteAllText(fourth, Letters("4 March 2026", "Thank you for the flood coverage, corrected."));
        var again = await ImportAsync(_folder);

        Assert.Equal((0, 2, 0), (again.Imported, again.Updated, again.Skipped));
        Assert.Equal("letters-to-the-editor-2", again.Results.Single(r => r.File == fourth).Slug);
        Assert.Equal(2, await DbAsync(db => db.Stories.CountAsync()));
        var body = await DbAsync(db => db.Stories.Where(s => s.Slug == "letters-to-the-editor-2").Select(s => s.BodyMarkdown).SingleAsync());
        Assert.Contains("corrected", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadlinesThatShareTheirFirstEightyCharactersAreDifferentStories()
    {
        var common = "Live: what we know so far about the floods across the east coast states on the peninsula";
        Write("a.md", $"---\ntitle: \"{common}, morning\"\ndate: 2026-03-03T07:00:00Z\n---\nMorning.");
        Write("b.md", $"---\ntitle: \"{common}, evening\"\ndate: 2026-03-03T19:00:00Z\n---\nEvening.");

        var summary = await ImportAsync(_folder);

        Assert.Equal(2, summary.Imported);
        var slugs = await DbAsync(db => db.Stories.Select(s => s.Slug).ToListAsync());
        Assert.Equal(2, slugs.Distinct().Count());
    }

    [Fact]
    public async Task UndatedStoriesWithTheSameHeadlineInDifferentFilesAreBothKept()
    {
        Write("monday.txt", "Weather for the Klang Valley\n\nSunny spells across the Klang Valley today, with showers after four.");
        Write("tuesday.txt", "Weather for the Klang Valley\n\nHeavy rain in the north; flood warnings for Kedah and Perlis.");

        var first = await ImportAsync(_folder);
        var second = await ImportAsync(_folder);

        Assert.Equal(2, first.Imported);
        Assert.Equal((0, 2), (second.Imported, second.Updated));
        Assert.Equal(["weather-for-the-klang-valley", "weather-for-the-klang-valley-2"], await DbAsync(db => db.Stories.OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync()));
    }

    [Fact]
    public async Task AStoryWithANewHeadlineSlugHeldByAnotherStoryTakesTheNextFreeSlugWithoutReplacingIt()
    {
        await _app.SaveAsync(TestStories.FreshStory("election-night") with { Headline = "Election night" });
        Write("election.md", "---\ntitle: Election night\ndate: 2026-05-05T20:00:00Z\n---\nA different story from the wire.");

        var summary = await ImportAsync(_folder);

        Assert.Equal(ImportOutcome.Imported, Assert.Single(summary.Results).Outcome);
        Assert.Equal("election-night-2", summary.Results[0].Slug);
        Assert.Equal(2, await DbAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task AnExportRestoredBesideADifferentStoryAtTheSameSlugKeepsBoth()
    {
        await using var other = new EmptyBylineApp();
        await other.InitializeAsync();
        await other.SaveAsync(TestStories.FreshStory("letters-to-the-editor") with { Headline = "Letters to the editor" });
        var document = await other.WithServicesAsync(s => s.GetRequiredService<Exporter>().ExportAsync(CancellationToken.None));
        var export = Path.Combine(_folder, "other.json");
        File.WriteAllText(export, System.Text.Json.JsonSerializer.Serialize(document, ExportDocument.Json));
        Write("letters.txt", Letters("3 March 2026", "Our own letters page."));
        await ImportAsync(Path.Combine(_folder, "letters.txt"));

        var restored = await ImportAsync(export);
        var again = await ImportAsync(export);

        Assert.Equal("letters-to-the-editor-2", Assert.Single(restored.Results).Slug);
        Assert.Equal(ImportOutcome.Imported, restored.Results[0].Outcome);
        Assert.Equal((ImportOutcome.Updated, "letters-to-the-editor-2"), (Assert.Single(again.Results).Outcome, again.Results[0].Slug));
        Assert.Equal(2, await DbAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task MarkdownFrontMatterFillsEveryField()
    {
        Write("story.md", """
            ---
            title: "Floods Close Schools: What Parents Need to Know"
            slug: floods-close-schools
            date: 2025-10-21T07:30:00+08:00
            updated: 2025-10-21T12:00:00+08:00
            authors: [Farah Iskandar, "Nguyễn Thị Lan"]
            section: Climate
            tags: [Flooding, Schools]
            dek: Forty schools shut as rivers rise.
            dateline: Kota Bharu
            image: { url: /media/flood.jpg, alt: A flooded road, caption: Route 8 on Tuesday, credit: Staff }
            seo_title: School closures
            corrections:
              - { at: 2025-10-21T13:00:00+08:00, text: An earlier version named the wrong district. }
            ---
            Forty schools were shut on Tuesday.

            ## What to do
            Check the ministry's list.
            """);

        await ImportAsync(_folder);

        var story = await DbAsync(db => db.Stories.Include(s => s.Authors).ThenInclude(a => a.Author).Include(s => s.Tags).Include(s => s.Section).Include(s => s.Corrections).SingleAsync());
        Assert.Equal("floods-close-schools", story.Slug);
        Assert.Equal(new DateTime(2025, 10, 20, 23, 30, 0, DateTimeKind.Utc), story.PublishedAt);
        Assert.Equal(new DateTime(2025, 10, 21, 4, 0, 0, DateTimeKind.Utc), story.UpdatedAt);
        Assert.Equal(["Farah Iskandar", "Nguyễn Thị Lan"], story.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Name));
        Assert.Equal("nguyen-thi-lan", story.Authors.Single(a => a.Position == 1).Author!.Slug);
        Assert.Equal("Climate", story.Section!.Name);
        Assert.Equal(["Flooding", "Schools"], story.Tags.Select(t => t.Name).Order());
        Assert.Equal("Forty schools shut as rivers rise.", story.Dek);
        Assert.Equal("Kota Bharu", story.Dateline);
        Assert.Equal(("/media/flood.jpg", "A flooded road", "Route 8 on Tuesday", "Staff"), (story.FeaturedImage!.Url, story.FeaturedImage.Alt, story.FeaturedImage.Caption, story.FeaturedImage.Credit));
        Assert.Equal("School closures", story.SeoTitle);
        Assert.Equal("An earlier version named the wrong district.", Assert.Single(story.Corrections).Text);
        Assert.Contains("<h2 id=\"what-to-do\">What to do</h2>", story.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithBrokenFilesImportsTheGoodOnesAndSaysWhyTheOthersWereSkipped()
    {
        Write("good.txt", "A Good Story\n\nThe first paragraph of a good story.\n\nAnd a second one.");
        Write("good.md", "---\ntitle: Another Good Story\n---\nBody text.");
        Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.WriteAllBytes(Path.Combine(_folder, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x43, 0x61, 0x66, 0xE9]);
        Write("headline-only.txt", "Just A Headline");
        Write("bad-yaml.md", "---\ntitle: [unclosed\n---\nBody");
        Write("no-title.md", "---\nslug: nothing\n---\nBody");
        Write("no-front-matter.md", "# Just Markdown\n\nNo front matter here.");
        Write("bad-date.md", "---\ntitle: Dated\ndate: next tuesday\n---\nBody");
        Write("random.json", "{\"hello\": \"world\"}");
        Write("truncated.json", "{\"byline_export\": 1, \"stories\": [");
        Write("notes/photo.png", "not read");

        var summary = await ImportAsync(_folder);

        Assert.Equal(2, summary.Imported);
        Assert.Equal(10, summary.Skipped);
        Assert.Equal(1, summary.Ignored);
        string Reason(string file) => summary.Results.Single(r => Path.GetFileName(r.File) == file).Reason!;
        Assert.Contains("empty", Reason("empty.txt"), StringComparison.Ordinal);
        Assert.Contains("binary", Reason("binary.txt"), StringComparison.Ordinal);
        Assert.Contains("UTF-8", Reason("latin1.txt"), StringComparison.Ordinal);
        Assert.Contains("YAML", Reason("bad-yaml.md"), StringComparison.Ordinal);
        Assert.Contains("no title", Reason("no-title.md"), StringComparison.Ordinal);
        Assert.Contains("front matter", Reason("no-front-matter.md"), StringComparison.Ordinal);
        Assert.Contains("next tuesday", Reason("bad-date.md"), StringComparison.Ordinal);
        Assert.Contains("not a Byline export", Reason("random.json"), StringComparison.Ordinal);
        Assert.Contains("not valid", Reason("truncated.json"), StringComparison.Ordinal);
        Assert.NotEmpty(Reason("headline-only.txt"));
        Assert.Equal(2, await DbAsync(db => db.Stories.CountAsync()));
    }

    [Fact]
    public async Task PlainTextIsShownAsWrittenNeverReadAsMarkupOrMarkdown()
    {
        Write("hostile.txt", "Ministers <script>alert(1)</script> Meet\n\nThe *budget* rose by 5% to RM10 [billion](javascript:alert(1)) & more <img src=x onerror=alert(1)>.\n\n1. This line is not a list.\n\n# Nor is this a heading.");

        await ImportAsync(_folder);

        var story = await DbAsync(db => db.Stories.SingleAsync());
        Assert.Equal("Ministers <script>alert(1)</script> Meet", story.Headline);
        Assert.DoesNotContain("<script", story.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", story.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", story.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", story.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", story.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("The *budget* rose by 5% to RM10 [billion](javascript:alert(1)) &amp; more &lt;img src=x onerror=alert(1)&gt;.", story.BodyHtml, StringComparison.Ordinal);

        var html = await (await _app.CreateClient().GetAsync("/news/ministers-script-alert-1-script-meet")).Content.ReadAsStringAsync();
        Assert.Contains("Ministers &lt;script&gt;alert(1)&lt;/script&gt; Meet", html, StringComparison.Ordinal);

        // The page's only script elements are its JSON-LD, where the headline is escaped JSON.
        Assert.DoesNotMatch("<script(?! type=\"application/ld\\+json\">)", html);
        Assert.Contains("\"headline\":\"Ministers \\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E Meet\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownBodiesAreSanitizedAtSave()
    {
        Write("hostile.md", "---\ntitle: Hostile\n---\nHello <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href=\"https://example.com\">ok</a>\n\n<iframe src=\"https://evil.example\"></iframe><svg onload=alert(1)></svg>");

        await ImportAsync(_folder);

        var html = await DbAsync(db => db.Stories.Select(s => s.BodyHtml).SingleAsync());
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.com\" rel=\"noopener noreferrer\">ok</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonexistentPathIsAClearError()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(Path.Combine(_folder, "missing")));
        Assert.Contains("no file or folder", error.Message, StringComparison.Ordinal);
    }
}
