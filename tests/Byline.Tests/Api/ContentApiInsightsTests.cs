using System.Net;
using System.Text.Json;
using Byline.Import;
using Byline.Intelligence;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// include=quotes,people,organisations,places on the Content API's posts: what the analysis found in
// each story, beside Ghost's tags and authors, and nothing new for a client that does not ask.
public sealed class ContentApiInsightsTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    private readonly HttpClient _client = app.CreateClient();

    // Ghost's post, field for field, as PostShape writes it.
    private static readonly string[] GhostPostFields =
    [
        "id", "uuid", "title", "slug", "html", "comment_id", "feature_image", "featured", "visibility", "created_at", "updated_at",
        "published_at", "custom_excerpt", "codeinjection_head", "codeinjection_foot", "custom_template", "canonical_url", "url",
        "excerpt", "reading_time", "access", "comments", "og_image", "og_title", "og_description", "twitter_image", "twitter_title",
        "twitter_description", "meta_title", "meta_description", "email_subject", "frontmatter", "feature_image_alt",
        "feature_image_caption",
    ];

    private const string Budget = """
        Chancellor Gordon Quillfeather has promised to protect spending on schools in Scotland and Wales.

        Mr Quillfeather told the BBC: "We will not balance the books on the backs of children."

        The Home Office said in a statement that the plans were "under review".

        "This is a budget for the many," he added, speaking in London.
        """;

    private static IncomingStory Story(string slug, string body, StoryStatus status = StoryStatus.Published, int hoursAgo = 2) =>
        TestStories.Written(slug, $"Story {slug}", body, DateTime.UtcNow.AddHours(-hoursAgo), status);

    private string? _key;

    // One key for the test, made once: a new key evicts every Content API answer, and the tests
    // that edit a story want to see the cached answer go because of the edit.
    private async Task<string> Url(string pathAndQuery) =>
        $"/ghost/api/content/{pathAndQuery}{(pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?")}key={_key ??= await app.AddKeyAsync()}";

    private async Task<JsonElement> PostAsync(string pathAndQuery)
    {
        var (status, body, _) = await _client.GetJsonAsync(await Url(pathAndQuery));
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("posts")[0];
    }

    private static List<string> Keys(JsonElement post) => post.EnumerateObject().Select(p => p.Name).ToList();

    [Fact]
    public async Task WithoutTheNewIncludesAPostIsGhostsPostAsBefore()
    {
        await app.SaveAsync(Story("ghost-shaped", Budget));

        Assert.Equal(GhostPostFields, Keys(await PostAsync("posts/slug/ghost-shaped/")));
        Assert.Equal([.. GhostPostFields, "tags", "primary_tag", "authors", "primary_author"], Keys(await PostAsync("posts/slug/ghost-shaped/?include=tags,authors")));
        Assert.Equal(GhostPostFields, Keys(await PostAsync("posts/slug/ghost-shaped/?include=quote,person,count.posts")));
        var (_, browse, _) = await _client.GetJsonAsync(await Url("posts/?include=authors"));
        Assert.All(browse.GetProperty("posts").EnumerateArray(), p => Assert.Equal([.. GhostPostFields, "authors", "primary_author"], Keys(p)));
    }

    [Fact]
    public async Task QuotesComeInReadingOrderWithTheirSpeakersOnBrowseAndOnEveryRead()
    {
        await app.SaveAsync(Story("quoted-budget", Budget));
        var byBrowse = (await _client.GetJsonAsync(await Url("posts/?include=quotes&filter=slug:quoted-budget"))).Body.GetProperty("posts")[0];
        var id = byBrowse.GetProperty("id").GetString();

        foreach (var post in new[] { byBrowse, await PostAsync($"posts/{id}/?include=quotes"), await PostAsync("posts/slug/quoted-budget/?include=quotes") })
        {
            Assert.Equal([.. GhostPostFields, "quotes"], Keys(post));
            var quotes = post.GetProperty("quotes").EnumerateArray().ToList();
            Assert.Equal("We will not balance the books on the backs of children.", quotes[0].GetProperty("text").GetString());
            var speaker = quotes[0].GetProperty("speaker");
            Assert.Equal("Gordon Quillfeather", speaker.GetProperty("name").GetString());
            Assert.Equal("gordon-quillfeather", speaker.GetProperty("slug").GetString());
            Assert.Equal("person", speaker.GetProperty("kind").GetString());
            Assert.Equal("http://localhost/people/gordon-quillfeather", speaker.GetProperty("url").GetString());
            Assert.Equal("Mr Quillfeather", quotes[0].GetProperty("mention").GetString());

            // The headline is paragraph 0; this story has no dek, so its first body paragraph is 1.
            Assert.Equal(2, quotes[0].GetProperty("paragraph").GetInt32());
            Assert.False(quotes[0].GetProperty("fragment").GetBoolean());
            Assert.False(quotes[0].GetProperty("continues").GetBoolean());

            // The comma that led into "he added" is not part of what he said.
            Assert.Equal("This is a budget for the many", quotes[^1].GetProperty("text").GetString());
            Assert.Equal("he", quotes[^1].GetProperty("mention").GetString());
            Assert.Equal("gordon-quillfeather", quotes[^1].GetProperty("speaker").GetProperty("slug").GetString());
            var paragraphs = quotes.Select(q => q.GetProperty("paragraph").GetInt32()).ToList();
            Assert.Equal(paragraphs.Order(), paragraphs);
        }
    }

    [Fact]
    public async Task PeopleOrganisationsAndPlacesComeEachUnderTheirOwnInclude()
    {
        await app.SaveAsync(Story("named-budget", Budget));

        var people = await PostAsync("posts/slug/named-budget/?include=people");
        Assert.Equal([.. GhostPostFields, "people"], Keys(people));
        var person = Assert.Single(people.GetProperty("people").EnumerateArray());
        Assert.Equal(["name", "slug", "url", "description", "mentions", "quotes"], Keys(person));
        Assert.Equal("Gordon Quillfeather", person.GetProperty("name").GetString());
        Assert.Equal("http://localhost/people/gordon-quillfeather", person.GetProperty("url").GetString());
        Assert.Contains("chancellor", person.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(person.GetProperty("mentions").GetInt32() >= 2);
        Assert.Equal(2, person.GetProperty("quotes").GetInt32());

        var all = await PostAsync("posts/slug/named-budget/?include=places,quotes,organisations,people,tags");
        Assert.Equal([.. GhostPostFields, "tags", "primary_tag", "quotes", "people", "organisations", "places"], Keys(all));
        var office = Assert.Single(all.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Home Office");
        Assert.Equal("http://localhost/organisations/home-office", office.GetProperty("url").GetString());
        var places = all.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["london", "scotland", "wales"], places.Order());
        Assert.Equal("london", places[^1]);
        Assert.All(all.GetProperty("places").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("quotes").GetInt32()));
        var credited = all.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("speaker").ValueKind == JsonValueKind.Object &&
            q.GetProperty("speaker").GetProperty("slug").GetString() == "gordon-quillfeather");
        Assert.Equal(credited, all.GetProperty("people")[0].GetProperty("quotes").GetInt32());
    }

    [Fact]
    public async Task FieldsNarrowThePostButKeepWhatWasIncluded()
    {
        await app.SaveAsync(Story("narrowed-budget", Budget));

        var post = await PostAsync("posts/slug/narrowed-budget/?fields=title,url&include=quotes,people");

        Assert.Equal(["id", "title", "url", "quotes", "people"], Keys(post));
        Assert.NotEqual(0, post.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task ARejectedPersonIsNeverShownAndTheirQuotesHaveNoSpeaker()
    {
        await app.SaveAsync(Story("rejected-speaker", "Alderman Cornelius Rejectby said: \"The bridge will open in May.\" Councillor Dorcas Pennyquick agreed."));
        var before = await PostAsync("posts/slug/rejected-speaker/?include=quotes,people");
        Assert.Contains(before.GetProperty("people").EnumerateArray(), p => p.GetProperty("slug").GetString() == "cornelius-rejectby");
        Assert.Equal("cornelius-rejectby", before.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("slug").GetString());
        await _client.UntilCachedAsync(await Url("posts/slug/rejected-speaker/?include=quotes,people"));

        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            var entity = await db.Entities.SingleAsync(e => e.Slug == "cornelius-rejectby");
            entity.Review = EntityReview.Rejected;
            return await db.SaveChangesAsync();
        });

        // The answer above was cached; rejecting the name evicts it.
        var after = await PostAsync("posts/slug/rejected-speaker/?include=quotes,people");
        Assert.DoesNotContain(after.GetProperty("people").EnumerateArray(), p => p.GetProperty("slug").GetString() == "cornelius-rejectby");
        Assert.Contains(after.GetProperty("people").EnumerateArray(), p => p.GetProperty("slug").GetString() == "dorcas-pennyquick");
        var quote = after.GetProperty("quotes")[0];
        Assert.Equal("The bridge will open in May.", quote.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.DoesNotContain("Rejectby", after.GetProperty("people").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedStoryShowsItsNewQuotesAtOnce()
    {
        await app.SaveAsync(Story("edited-quote", "Mayor Petronella Quotewell said: \"The market stays.\""));
        Assert.Equal("The market stays.", (await PostAsync("posts/slug/edited-quote/?include=quotes")).GetProperty("quotes")[0].GetProperty("text").GetString());

        await app.SaveAsync(Story("edited-quote", "Mayor Petronella Quotewell said: \"The market moves to the square.\""));

        Assert.Equal("The market moves to the square.", (await PostAsync("posts/slug/edited-quote/?include=quotes")).GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AStoryWithNothingFoundHasEmptyLists()
    {
        await app.SaveAsync(Story("nothing-found", "the weather was mild and the roads were quiet all week."));

        var post = await PostAsync("posts/slug/nothing-found/?include=quotes,people,organisations,places");

        foreach (var list in new[] { "quotes", "people", "organisations", "places" })
        {
            Assert.Equal(0, post.GetProperty(list).GetArrayLength());
        }
    }

    [Fact]
    public async Task ADraftsQuotesAreNotReachable()
    {
        await app.SaveAsync(Story("draft-quotes", "Senator Ignatius Draftly said: \"This is not out yet.\"", StoryStatus.Draft));

        var (status, _, _) = await _client.GetJsonAsync(await Url("posts/slug/draft-quotes/?include=quotes"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        var (_, browse, _) = await _client.GetJsonAsync(await Url("posts/?include=quotes,people&limit=all"));
        Assert.DoesNotContain("Draftly", browse.GetRawText(), StringComparison.Ordinal);
    }
}
