using System.Net;
using System.Text.Json;
using Byline.Caching;
using Byline.Import;
using Byline.Intelligence;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// GET /api/quotes: the quotes of published stories, by speaker and by words, newest first.
public sealed class QuotesApiTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    private static readonly DateTime Now = DateTime.UtcNow;
    private readonly HttpClient _client = app.CreateClient();

    private static IncomingStory Story(string slug, string headline, string body, TimeSpan ago, StoryStatus status = StoryStatus.Published) =>
        TestStories.Written(slug, headline, body, Now - ago, status, section: "Transport");

    // The same stories for every test (saving an unchanged story changes nothing).
    private async Task SeedAsync()
    {
        await app.SaveAsync(Story("trains-by-spring", "Trains by spring", "Minister Rosalind Quoteford said: \"Trains will run on time by spring.\"", TimeSpan.FromHours(30)));
        await app.SaveAsync(Story("trains-late-again", "Trains late again",
            "Minister Rosalind Quoteford said: \"The TRAINS are late again, and I am sorry.\"\n\nUnion leader Bartholomew Strikewell said: \"Trains need drivers.\"",
            TimeSpan.FromHours(2)));
        await app.SaveAsync(Story("trains-secret", "A draft", "Minister Rosalind Quoteford said: \"The secret trains plan is ready.\"", TimeSpan.FromHours(1), StoryStatus.Draft));
        await app.SaveAsync(Story("hidden-professor", "Another draft", "Professor Hortensia Hiddenly said: \"These words are unpublished.\"", TimeSpan.FromHours(1), StoryStatus.Draft));
    }

    private async Task<JsonElement> OkAsync(string query)
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/quotes?" + query);
        Assert.True(status == HttpStatusCode.OK, $"{query}: {(int)status} {body}");
        return body;
    }

    private static List<string> Texts(JsonElement body) =>
        body.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToList();

    [Fact]
    public async Task ASpeakersQuotesComeNewestStoryFirstWithTheirStories()
    {
        await SeedAsync();

        var body = await OkAsync("speaker=rosalind-quoteford");

        Assert.Equal(["The TRAINS are late again, and I am sorry.", "Trains will run on time by spring."], Texts(body));
        var first = body.GetProperty("quotes")[0];
        Assert.Equal("Rosalind Quoteford", first.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("person", first.GetProperty("speaker").GetProperty("kind").GetString());
        Assert.Equal("http://localhost/people/rosalind-quoteford", first.GetProperty("speaker").GetProperty("url").GetString());
        var story = first.GetProperty("story");
        Assert.Equal("Trains late again", story.GetProperty("title").GetString());
        Assert.Equal("http://localhost/transport/trains-late-again", story.GetProperty("url").GetString());
        var published = DateTimeOffset.Parse(story.GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange((published.UtcDateTime - (Now - TimeSpan.FromHours(2))).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(2, body.Pagination().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EveryWordMustAppearInAnyCase()
    {
        await SeedAsync();

        Assert.Equal(["The TRAINS are late again, and I am sorry.", "Trains need drivers.", "Trains will run on time by spring."], Texts(await OkAsync("q=trains")));
        Assert.Equal(["The TRAINS are late again, and I am sorry."], Texts(await OkAsync("q=Late%20trains")));
        Assert.Equal(["Trains need drivers."], Texts(await OkAsync("q=trains&speaker=bartholomew-strikewell")));
        Assert.Empty(Texts(await OkAsync("q=trains%20buses")));

        // Punctuation separates words, and LIKE's wildcards are never searched for.
        Assert.Equal(3, (await OkAsync("q=%25trains%25")).Pagination().GetProperty("total").GetInt32());
        Assert.Equal(["Trains will run on time by spring."], Texts(await OkAsync("q=%22on%20time%22%2C%20spring%21")));
    }

    [Fact]
    public async Task WordsOutsideAsciiMatchAndFoldWhereTheDatabaseFoldsThem()
    {
        await app.SaveAsync(Story("ecole-reopens", "École", "Mayor Nguyễn Thị Quotelan said: \"L'école de Hà Nội rouvre lundi.\"", TimeSpan.FromHours(6)));

        Assert.Single(Texts(await OkAsync("q=" + Uri.EscapeDataString("école Hà"))));

        // Decomposed input (e and a combining accent) is composed before it is looked for.
        Assert.Single(Texts(await OkAsync("q=" + Uri.EscapeDataString("e\u0301cole"))));

        // SQLite's lower() folds ASCII letters only; PostgreSQL's folds the rest too.
        if (TestDatabase.IsPostgres)
        {
            Assert.Single(Texts(await OkAsync("q=" + Uri.EscapeDataString("ÉCOLE"))));
        }
    }

    [Fact]
    public async Task PagesAreCountedAsGhostCountsThem()
    {
        await SeedAsync();

        var second = await OkAsync("q=trains&limit=1&page=2");
        Assert.Equal(["Trains need drivers."], Texts(second));
        var pagination = second.Pagination();
        Assert.Equal((2, 1, 3, 3), (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("limit").GetInt32(), pagination.GetProperty("pages").GetInt32(), pagination.GetProperty("total").GetInt32()));
        Assert.Equal((3, 1), (pagination.GetProperty("next").GetInt32(), pagination.GetProperty("prev").GetInt32()));

        var beyond = await OkAsync("q=trains&limit=2&page=40");
        Assert.Empty(Texts(beyond));
        Assert.Equal(3, beyond.Pagination().GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, beyond.Pagination().GetProperty("next").ValueKind);
        Assert.Equal(100, (await OkAsync("limit=5000")).Pagination().GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("nobody-at-all")]
    [InlineData("hortensia-hiddenly")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%")]
    public async Task ASpeakerWithNoPageIsA404ThatSaysSo(string speaker)
    {
        await SeedAsync();

        var (status, body, response) = await _client.GetJsonAsync("/api/quotes?speaker=" + Uri.EscapeDataString(speaker));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No such speaker", body.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=all%27", "limit")]
    [InlineData("q=one%20two%20three%20four%20five%20six%20seven%20eight%20nine", "q")]
    public async Task AnUnreadablePageLimitOrQueryIsA400NamingIt(string query, string field)
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/quotes?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task HostileInputIsRefusedOrFindsNothingAndNeverFails()
    {
        await SeedAsync();

        var (huge, body, _) = await _client.GetJsonAsync("/api/quotes?q=" + new string('a', 20_000));
        Assert.Equal(HttpStatusCode.BadRequest, huge);
        Assert.True(body.GetProperty("errors").TryGetProperty("q", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/quotes?speaker=" + new string('x', 20_000))).StatusCode);
        foreach (var wildcard in new[] { "%", "_", "%_%", "\\", "[]", "*", "--", "';" })
        {
            Assert.Empty(Texts(await OkAsync("q=" + Uri.EscapeDataString(wildcard))));
        }

        var naughty = JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!;
        var failures = new List<string>();
        foreach (var text in naughty)
        {
            foreach (var parameter in new[] { "q", "speaker", "page", "limit" })
            {
                var response = await _client.GetAsync($"/api/quotes?{parameter}={Uri.EscapeDataString(text)}");
                var answer = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || !answer.StartsWith('{'))
                {
                    failures.Add($"{(int)response.StatusCode} {parameter}={text}: {answer[..Math.Min(200, answer.Length)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task ARejectedSpeakerIsNullAndCannotBeAskedFor()
    {
        await app.SaveAsync(Story("ferry-rejected", "Ferries", "Mayor Ezekiel Rejectwell said: \"The ferries will sail at dawn.\"", TimeSpan.FromHours(3)));
        Assert.Equal("ezekiel-rejectwell", (await OkAsync("q=ferries%20dawn")).GetProperty("quotes")[0].GetProperty("speaker").GetProperty("slug").GetString());

        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            (await db.Entities.SingleAsync(e => e.Slug == "ezekiel-rejectwell")).Review = EntityReview.Rejected;
            return await db.SaveChangesAsync();
        });

        var quote = (await OkAsync("q=ferries%20dawn")).GetProperty("quotes")[0];
        Assert.Equal("The ferries will sail at dawn.", quote.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/quotes?speaker=ezekiel-rejectwell")).StatusCode);
    }

    [Fact]
    public async Task AnswersAreCachedUntilAStoryChanges()
    {
        await app.SaveAsync(Story("canal-one", "Canal", "Lockkeeper Winifred Canalby said: \"The canal locks are mended.\"", TimeSpan.FromHours(4)));
        Assert.Single(Texts(await OkAsync("q=canal")));
        await _client.UntilCachedAsync("/api/quotes?q=canal");
        var again = await _client.GetAsync("/api/quotes?q=canal");
        Assert.Equal("hit", again.Headers.GetValues(PageCacheMiddleware.CacheHeader).Single());
        Assert.Equal("*", again.Headers.GetValues("Access-Control-Allow-Origin").Single());

        await app.SaveAsync(Story("canal-two", "Canal again", "Lockkeeper Winifred Canalby said: \"The canal is open to boats.\"", TimeSpan.FromHours(1)));

        Assert.Equal(["The canal is open to boats.", "The canal locks are mended."], Texts(await OkAsync("q=canal")));
    }
}
