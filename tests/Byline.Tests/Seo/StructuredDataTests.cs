using System.Text.Json;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Seo;

// JSON-LD is read by a JSON-LD processor (jsonld, from npm, with a local schema.org context) and
// checked for what Google asks of a NewsArticle, a Person and a BreadcrumbList.
public sealed class StructuredDataTests(BylineApp app) : IClassFixture<BylineApp>
{
    private const string Schema = "https://schema.org/";

    private static async Task<List<JsonElement>> ExpandAsync(string html) =>
        (await NodeTools.RunAsync("jsonld.mjs", html, ".html")).EnumerateArray().Select(e => e.EnumerateArray().Single()).ToList();

    private static JsonElement Node(List<JsonElement> nodes, string type) =>
        nodes.Single(n => n.GetProperty("@type").EnumerateArray().Any(t => t.GetString() == Schema + type));

    // An expanded property is a list of value objects ({"@value": ...}) or node references ({"@id": ...}).
    private static string Value(JsonElement node, string property)
    {
        var first = node.GetProperty(Schema + property)[0];
        return first.TryGetProperty("@value", out var value)
            ? (value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!)
            : first.GetProperty("@id").GetString()!;
    }

    private static JsonElement One(JsonElement node, string property) => node.GetProperty(Schema + property)[0];

    [Fact]
    public async Task StoryPageIsANewsArticleWithHeadlineImageDatesAuthorsAndPublisher()
    {
        var published = new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc);
        await app.SaveAsync(TestStories.FreshStory("structured", published) with
        {
            Headline = "Rivers rise across the east coast",
            Corrections = [(published.AddHours(6), "An earlier version gave the wrong river.")],
        });

        var article = Node(await ExpandAsync(await app.CreateClient().GetStringAsync("/politics/structured")), "NewsArticle");

        Assert.Equal("Rivers rise across the east coast", Value(article, "headline"));
        Assert.Equal("http://localhost/media/structured.jpg", Value(article, "image"));
        Assert.Equal("2026-04-01T10:00:00+08:00", Value(article, "datePublished"));
        Assert.Equal("2026-04-01T16:00:00+08:00", Value(article, "dateModified"));
        var authors = article.GetProperty(Schema + "author").EnumerateArray().ToList();
        Assert.Equal(2, authors.Count);
        Assert.All(authors, a => Assert.Equal(Schema + "Person", a.GetProperty("@type")[0].GetString()));
        Assert.Equal(["Aryan Singh", "Farah Iskandar"], authors.Select(a => Value(a, "name")).ToArray());
        Assert.Equal(["http://localhost/author/aryan-singh", "http://localhost/author/farah-iskandar"], authors.Select(a => Value(a, "url")).ToArray());
        var publisher = One(article, "publisher");
        Assert.Equal(Schema + "Organization", publisher.GetProperty("@type")[0].GetString());
        Assert.Equal("The Meridian Ledger", Value(publisher, "name"));
        var logo = Value(One(publisher, "logo"), "url");
        Assert.Matches(@"^http://localhost/theme/logo\.png\?v=[0-9a-f]+$", logo);
        var image = await app.CreateClient().GetAsync(new Uri(logo).PathAndQuery);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("http://localhost/politics/structured", One(article, "mainEntityOfPage").GetProperty("@id").GetString());
        var correction = One(article, "correction");
        Assert.Equal(Schema + "CorrectionComment", correction.GetProperty("@type")[0].GetString());
        Assert.Equal("An earlier version gave the wrong river.", Value(correction, "text"));
        Assert.Equal("2026-04-01T16:00:00+08:00", Value(correction, "datePublished"));
    }

    [Fact]
    public async Task APublicationsOwnLogoIsThePublishersLogo()
    {
        await app.QueryAsync(async db =>
        {
            var publication = await db.Publication.SingleAsync();
            publication.LogoUrl = "https://cdn.example.com/ledger-logo.png";
            return await db.SaveChangesAsync();
        });
        try
        {
            var article = Node(await ExpandAsync(await app.CreateClient().GetStringAsync("/business/green-startup-fund-launch")), "NewsArticle");

            Assert.Equal("https://cdn.example.com/ledger-logo.png", Value(One(One(article, "publisher"), "logo"), "url"));
        }
        finally
        {
            await app.QueryAsync(async db =>
            {
                (await db.Publication.SingleAsync()).LogoUrl = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task AuthorPageDescribesThePersonWithTheirPageJobAndProfiles()
    {
        var nodes = await ExpandAsync(await app.CreateClient().GetStringAsync("/author/aryan-singh"));

        var person = Node(nodes, "Person");
        Assert.Equal("Aryan Singh", Value(person, "name"));
        Assert.Equal("http://localhost/author/aryan-singh", Value(person, "url"));
        Assert.Equal("Political Reporter", Value(person, "jobTitle"));
        Assert.Contains("https://example.com/x/aryansingh", person.GetProperty(Schema + "sameAs").EnumerateArray().Select(s => s.GetProperty("@id").GetString()));
        Assert.Equal("The Meridian Ledger", Value(One(person, "worksFor"), "name"));
        Assert.DoesNotContain(nodes, n => n.GetProperty("@type")[0].GetString() == Schema + "NewsArticle");
    }

    [Theory]
    [InlineData("/business/green-startup-fund-launch", "The Meridian Ledger|http://localhost/", "Business|http://localhost/business", "State investor launches RM2.4 billion fund for clean-energy start-ups|http://localhost/business/green-startup-fund-launch")]
    [InlineData("/politics", "The Meridian Ledger|http://localhost/", "Politics|http://localhost/politics")]
    [InlineData("/tag/malaysia", "The Meridian Ledger|http://localhost/", "Malaysia|http://localhost/tag/malaysia")]
    [InlineData("/author/nguyen-thi-lan", "The Meridian Ledger|http://localhost/", "Nguyễn Thị Lan|http://localhost/author/nguyen-thi-lan")]
    public async Task BreadcrumbsLeadFromHomeToThePage(string path, params string[] crumbs)
    {
        var list = Node(await ExpandAsync(await app.CreateClient().GetStringAsync(path)), "BreadcrumbList");

        var items = list.GetProperty(Schema + "itemListElement").EnumerateArray()
            .OrderBy(i => int.Parse(Value(i, "position"), System.Globalization.CultureInfo.InvariantCulture))
            .Select(i => $"{Value(i, "name")}|{Value(i, "item")}").ToArray();
        Assert.Equal(crumbs, items);
    }
}
