using System.Diagnostics;
using Byline.Authors;
using Byline.Sections;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Byline.Tests.Search;

// Among thousands of stories, a word that occurs only in the body of one of them finds that story
// first. The stories go in straight through the DbContext, in batches, the way a bulk import or a
// newsroom save would: the index is kept by the same SaveChanges, with nothing else to call.
// Timings are printed for the record; speed targets belong to the benchmark, not to this test.
public sealed class SearchAtScaleTests(EmptyBylineApp app, ITestOutputHelper output) : IClassFixture<EmptyBylineApp>
{
    private const int Stories = 3_000;
    private const int BatchSize = 500;
    private const int Needle = 1_717;

    private static readonly string[] SectionSlugs = ["bulk-home", "bulk-world", "bulk-money"];

    private static readonly string[] Paragraphs =
    [
        "The state government said on Tuesday that relief centres would open in every district before the monsoon, as forecasters warned of heavier rain than last year.",
        "Officials at the port said container volumes rose for a third straight month, helped by shipments of electronics and palm oil to markets in the Middle East.",
        "The minister told reporters that the budget would include money for rural clinics, school repairs and a new programme to train nurses in the interior.",
        "Residents of the riverside village said the water had reached their doorsteps twice this year, and that the promised flood wall had yet to be built.",
        "Analysts expect the central bank to keep its benchmark rate unchanged, citing steady inflation and a currency that has held firm against the dollar.",
        "The coach said his squad had trained in the heat for a fortnight and that the young striker would start against the defending champions on Saturday.",
        "Researchers measured carbon stored in restored mangroves over five years and found it rivalled that of forests that had never been cleared.",
        "Union leaders said the agreement would lift wages for more than forty thousand workers, though some factories had asked for more time to pay.",
    ];

    [Fact]
    public async Task AWordOnlyInTheBodyOfOneStoryAmongThousandsIsFoundFirst()
    {
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < Stories; start += BatchSize)
        {
            await app.WithServicesAsync(async services =>
            {
                var db = services.GetRequiredService<BylineDb>();
                var sections = await Sections(db);
                var author = await db.Authors.FirstOrDefaultAsync(a => a.Slug == "bulk-desk") ?? new Author { Name = "Bulk Desk", Slug = "bulk-desk" };
                for (var i = start; i < Math.Min(start + BatchSize, Stories); i++)
                {
                    db.Stories.Add(NewStory(i, sections[i % sections.Count], author));
                }

                return await db.SaveChangesAsync();
            });
        }

        var inserted = clock.Elapsed;
        var indexed = await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().SearchDocuments.CountAsync());
        Assert.Equal(Stories, indexed);

        var client = app.CreateClient();
        await client.SearchAsync("q=monsoon");
        clock.Restart();
        var found = await client.SearchAsync("q=xylocarpine");
        var rare = clock.Elapsed;
        clock.Restart();
        var common = await client.SearchAsync("q=monsoon+forecasters");
        var broad = clock.Elapsed;

        Assert.Equal($"Bulk story {Needle}", found.Results[0].Headline);
        Assert.Equal(1, found.Meta.Pagination.Total);
        Assert.Contains("<mark>xylocarpine</mark>", found.Results[0].Snippet, StringComparison.Ordinal);
        Assert.True(common.Meta.Pagination.Capped);
        Assert.Equal(1000, common.Meta.Pagination.Total);
        Assert.Equal(10, common.Results.Count);
        output.WriteLine(
            $"{(TestDatabase.IsPostgres ? "PostgreSQL" : "SQLite")}: {Stories} stories saved and indexed in {inserted.TotalMilliseconds:F0} ms; " +
            $"rare-word search {rare.TotalMilliseconds:F1} ms, {(common.Meta.Pagination.Capped ? "1000+" : common.Meta.Pagination.Total)}-match search {broad.TotalMilliseconds:F1} ms (through the API, in process)");
    }

    private static async Task<List<Section>> Sections(BylineDb db)
    {
        var sections = await db.Sections.Where(s => s.Slug.StartsWith("bulk-")).OrderBy(s => s.Slug).ToListAsync();
        return sections.Count > 0 ? sections : SectionSlugs.Select(slug => new Section { Name = slug, Slug = slug }).ToList();
    }

    private static Story NewStory(int i, Section section, Author author)
    {
        var paragraphs = Enumerable.Range(0, 3 + (i % 4)).Select(p => Paragraphs[(i * 7 + p * 3) % Paragraphs.Length]).ToList();
        if (i == Needle)
        {
            paragraphs.Insert(2, "Divers found xylocarpine seedlings taking root along the estuary.");
        }

        var now = DateTime.UtcNow;
        return new Story
        {
            Headline = $"Bulk story {i}",
            Slug = $"bulk-story-{i}",
            Dek = $"Story number {i} of the bulk set.",
            BodyMarkdown = string.Join("\n\n", paragraphs),
            BodyHtml = string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n")),
            Section = section,
            Authors = [new StoryAuthor { Author = author }],
            Status = StoryStatus.Published,
            CreatedAt = now,
            PublishedAt = now.AddMinutes(-i - 1),
            UpdatedAt = now,
        };
    }
}
