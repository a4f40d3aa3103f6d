using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Byline.Import;
using Byline.Search;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Search;

internal static class SearchHelpers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SearchResponse> SearchAsync(this HttpClient client, string queryString)
    {
        var response = await client.GetAsync("/api/search?" + queryString);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/search?{queryString} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SearchResponse>(Json))!;
    }

    public static async Task<List<string>> HeadlinesAsync(this HttpClient client, string q) =>
        (await client.SearchAsync("q=" + Uri.EscapeDataString(q))).Results.Select(r => r.Headline).ToList();

    public static Task SaveAsync(this BylineApp app, IncomingStory story) =>
        app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));

    public static IncomingStory Story(string slug, string headline, string body, string author = "Desk Reporter", string section = "News Desk") => new()
    {
        Headline = headline,
        Slug = slug,
        BodyMarkdown = body,
        Authors = [new IncomingAuthor(author)],
        Section = section,
        PublishedAt = DateTime.UtcNow.AddDays(-1),
    };
}
