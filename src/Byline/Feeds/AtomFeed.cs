using System.Xml;

namespace Byline.Feeds;

// Atom (RFC 4287). The feed-level author is the publication, which covers entries with no byline
// (every entry must have an author, its own or the feed's).
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static Task<byte[]> WriteAsync(Feed feed) => XmlOutput.WriteAsync(async xml =>
    {
        await xml.WriteStartElementAsync(null, "feed", Atom);
        await xml.WriteAttributeStringAsync("xml", "lang", null, feed.Language);
        await xml.WriteElementStringAsync(null, "id", Atom, feed.SelfUrl(FeedFormat.Atom));
        await TextAsync(xml, "title", feed.Title);
        if (feed.Description is { } description)
        {
            await TextAsync(xml, "subtitle", description);
        }

        await LinkAsync(xml, "alternate", "text/html", feed.HomeUrl);
        await LinkAsync(xml, "self", FeedFormat.Atom.MediaType(), feed.SelfUrl(FeedFormat.Atom));
        await xml.WriteElementStringAsync(null, "updated", Atom, XmlOutput.Rfc3339(feed.Updated ?? DateTime.UnixEpoch));
        await PersonAsync(xml, new FeedPerson(feed.PublisherName, feed.BaseUrl + "/"));
        await xml.WriteElementStringAsync(null, "generator", Atom, "Byline");
        foreach (var item in feed.Items)
        {
            await WriteEntryAsync(xml, item);
        }

        await xml.WriteEndElementAsync();
    });

    private static async Task WriteEntryAsync(XmlWriter xml, FeedItem item)
    {
        await xml.WriteStartElementAsync(null, "entry", Atom);
        await xml.WriteElementStringAsync(null, "id", Atom, item.Urn);
        await TextAsync(xml, "title", item.Title);
        await LinkAsync(xml, "alternate", "text/html", item.Url);
        await xml.WriteElementStringAsync(null, "published", Atom, XmlOutput.Rfc3339(item.Published));
        await xml.WriteElementStringAsync(null, "updated", Atom, XmlOutput.Rfc3339(item.Updated));
        foreach (var author in item.Authors)
        {
            await PersonAsync(xml, author);
        }

        foreach (var category in item.Categories)
        {
            await xml.WriteStartElementAsync(null, "category", Atom);
            await xml.WriteAttributeStringAsync(null, "term", null, category.Name);
            await xml.WriteAttributeStringAsync(null, "scheme", null, category.Url);
            await xml.WriteEndElementAsync();
        }

        if (item.Summary is { } summary)
        {
            await TextAsync(xml, "summary", summary);
        }

        await xml.WriteStartElementAsync(null, "content", Atom);
        await xml.WriteAttributeStringAsync(null, "type", null, "html");
        await xml.WriteStringAsync(item.ContentHtml);
        await xml.WriteEndElementAsync();
        if (item.Image is { } image)
        {
            await LinkAsync(xml, "enclosure", image.MediaType, image.Url, image.Alt);
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task TextAsync(XmlWriter xml, string name, string text)
    {
        await xml.WriteStartElementAsync(null, name, Atom);
        await xml.WriteAttributeStringAsync(null, "type", null, "text");
        await xml.WriteStringAsync(text);
        await xml.WriteEndElementAsync();
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string type, string href, string? title = null)
    {
        await xml.WriteStartElementAsync(null, "link", Atom);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        if (!string.IsNullOrEmpty(title))
        {
            await xml.WriteAttributeStringAsync(null, "title", null, title);
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task PersonAsync(XmlWriter xml, FeedPerson person)
    {
        await xml.WriteStartElementAsync(null, "author", Atom);
        await xml.WriteElementStringAsync(null, "name", Atom, person.Name);
        await xml.WriteElementStringAsync(null, "uri", Atom, person.Url);
        await xml.WriteEndElementAsync();
    }
}
