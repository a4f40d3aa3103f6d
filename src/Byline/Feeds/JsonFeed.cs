using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.Feeds;

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
public static class JsonFeed
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Served as its own document, never inside HTML, so markup need not be escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static byte[] Write(Feed feed) => JsonSerializer.SerializeToUtf8Bytes(
        new Document(
            "https://jsonfeed.org/version/1.1",
            feed.Title,
            feed.HomeUrl,
            feed.SelfUrl(FeedFormat.Json),
            feed.Description,
            feed.Language,
            [new Person(feed.PublisherName, feed.BaseUrl + "/")],
            feed.Items.Select(i => new Item(
                i.Urn,
                i.Url,
                i.Title,
                i.ContentHtml,
                i.Summary,
                i.Image?.Url,
                XmlOutput.Rfc3339(i.Published),
                XmlOutput.Rfc3339(i.Updated),
                i.Authors.Select(a => new Person(a.Name, a.Url)).ToList(),
                i.Categories.Select(c => c.Name).ToList())).ToList()),
        Options);

    private sealed record Document(
        string Version, string Title, string HomePageUrl, string FeedUrl, string? Description, string Language,
        IReadOnlyList<Person> Authors, IReadOnlyList<Item> Items);

    private sealed record Person(string Name, string Url);

    private sealed record Item(
        string Id, string Url, string Title, string ContentHtml, string? Summary, string? Image,
        string DatePublished, string DateModified, IReadOnlyList<Person> Authors, IReadOnlyList<string> Tags);
}
