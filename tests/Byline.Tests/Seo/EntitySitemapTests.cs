using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Byline.Import;
using Byline.Intelligence;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Byline.Tests.Seo.SitemapSchemas;

namespace Byline.Tests.Seo;

// /sitemaps/people-N.xml, organisations-N.xml and places-N.xml: every person, organisation and
// place that has a page, dated by the newest published story naming them, two to a file here.
public sealed class EntitySitemapTests(EntitySitemapTests.TwoPerFileApp app) : IClassFixture<EntitySitemapTests.TwoPerFileApp>
{
    public sealed class TwoPerFileApp : BylineApp
    {
        public TwoPerFileApp()
            : base(demo: false) => Settings["Byline:Sitemaps:EntitiesPerFile"] = "2";
    }

    private static readonly DateTime Now = DateTime.UtcNow;
    private readonly HttpClient _client = app.CreateClient();

    private static IncomingStory Story(string slug, string body, TimeSpan ago, StoryStatus status = StoryStatus.Published) =>
        TestStories.Written(slug, $"Story {slug}", body, Now - ago, status);

    // Every file the index names for a kind, validated, and the addresses in them with their lastmod.
    private async Task<(List<string> Files, Dictionary<string, DateTime> Urls)> ListedAsync(string folder)
    {
        var index = Validate(await _client.GetStringAsync("/sitemap.xml"), "/sitemap.xml");
        var files = index.Root!.Elements(Sitemap + "sitemap").Select(s => PathOf(s.Element(Sitemap + "loc")!.Value))
            .Where(p => p.StartsWith($"/sitemaps/{folder}-", StringComparison.Ordinal)).ToList();
        var urls = new Dictionary<string, DateTime>();
        foreach (var file in files)
        {
            var entries = Validate(await _client.GetStringAsync(file), file).Root!.Elements(Sitemap + "url").ToList();
            Assert.InRange(entries.Count, 1, 2);
            foreach (var entry in entries)
            {
                urls.Add(PathOf(entry.Element(Sitemap + "loc")!.Value), DateTime.Parse(entry.Element(Sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
            }
        }

        return (files, urls);
    }

    private static void AssertAbout(DateTime expected, DateTime actual) =>
        Assert.InRange((actual - expected).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task EveryoneWithAPageIsListedOnceDatedByTheNewestStoryNamingThem()
    {
        await app.SaveAsync(Story("older-budget", "Chancellor Gordon Quillfeather said in Glasgow: \"The schools come first.\"", TimeSpan.FromHours(30)));
        await app.SaveAsync(Story("newer-budget", "Chancellor Gordon Quillfeather said at the Home Office: \"Nothing is cut.\" Councillor Dorcas Pennyquick agreed.", TimeSpan.FromHours(5)));
        await app.SaveAsync(Story("hidden-draft", "Professor Hortensia Hiddenly said in Glasgow: \"These words are unpublished.\"", TimeSpan.FromHours(1), StoryStatus.Draft));

        var (files, people) = await ListedAsync("people");

        AssertAbout(Now - TimeSpan.FromHours(5), people["/people/gordon-quillfeather"]);
        AssertAbout(Now - TimeSpan.FromHours(5), people["/people/dorcas-pennyquick"]);
        Assert.DoesNotContain("/people/hortensia-hiddenly", people.Keys);
        Assert.Equal(files.Select((_, i) => $"/sitemaps/people-{i + 1}.xml"), files);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sitemaps/people-{files.Count + 1}.xml")).StatusCode);
        var (_, places) = await ListedAsync("places");
        AssertAbout(Now - TimeSpan.FromHours(30), places["/places/glasgow"]);

        // Each listed address is a page that answers.
        foreach (var path in people.Keys.Concat(places.Keys))
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(path)).StatusCode);
        }

        // The index lists the files in the same place every time: pages, stories, people,
        // organisations, places, news.
        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var order = index.Root!.Elements(Sitemap + "sitemap").Select(s => PathOf(s.Element(Sitemap + "loc")!.Value).Split('-', '.')[0]).Distinct().ToList();
        Assert.Equal(["/sitemaps/pages", "/sitemaps/stories", "/sitemaps/people", "/sitemaps/organisations", "/sitemaps/places", "/sitemaps/news"], order);
    }

    [Fact]
    public async Task PeopleAreSplitIntoFilesAtTheLimit()
    {
        string[] names = ["ambrose", "beatrix", "cedric", "delphine", "erasmus"];
        for (var i = 0; i < names.Length; i++)
        {
            var name = char.ToUpperInvariant(names[i][0]) + names[i][1..] + " Filewright";
            await app.SaveAsync(Story($"split-{i}", $"Senator {name} said: \"Vote number {i} is ours.\"", TimeSpan.FromHours(10 + i)));
        }

        var (files, people) = await ListedAsync("people");

        Assert.True(files.Count >= 3, string.Join(", ", files));
        Assert.Equal(people.Count, people.Keys.Distinct().Count());
        Assert.All(names, n => Assert.Contains($"/people/{n}-filewright", people.Keys));
        foreach (var bad in new[] { "people-0", "people-99", "people-two", "people-2147483647", "persons-1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sitemaps/{bad}.xml")).StatusCode);
        }
    }

    [Fact]
    public async Task ARejectedOrUnpublishedNameLeavesTheCachedSitemap()
    {
        await app.SaveAsync(Story("rejected-name", "Alderman Cornelius Sitemapper said: \"Build the bridge.\"", TimeSpan.FromHours(7)));
        await app.SaveAsync(Story("unpublished-name", "Mayor Ottilie Withdrawn said: \"Court is adjourned.\"", TimeSpan.FromHours(8)));
        var (files, people) = await ListedAsync("people");
        Assert.Contains("/people/cornelius-sitemapper", people.Keys);
        Assert.Contains("/people/ottilie-withdrawn", people.Keys);
        foreach (var file in files)
        {
            await _client.UntilCachedAsync(file);
        }

        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            (await db.Entities.SingleAsync(e => e.Slug == "cornelius-sitemapper")).Review = EntityReview.Rejected;
            return await db.SaveChangesAsync();
        });
        await app.SaveAsync(Story("unpublished-name", "Mayor Ottilie Withdrawn said: \"Court is adjourned.\"", TimeSpan.FromHours(8), StoryStatus.Draft));

        var (_, after) = await ListedAsync("people");
        Assert.DoesNotContain("/people/cornelius-sitemapper", after.Keys);
        Assert.DoesNotContain("/people/ottilie-withdrawn", after.Keys);
    }
}
