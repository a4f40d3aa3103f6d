using Byline.Content;
using System.Xml;

namespace Byline.Feeds;

// RSS 2.0 with the modules readers expect: content:encoded for the full body, dc:creator for each
// author (RSS's own <author> wants an e-mail address), media:content for the image, and
// atom:link rel=self. RSS has no "updated" element, so each item carries atom:updated.
public static class RssFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Media = "http://search.yahoo.com/mrss/";

    public static Task<byte[]> WriteAsync(Feed feed) => XmlOutput.WriteAsync(async xml =>
    {
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "atom", null, Atom);
        await xml.WriteAttributeStringAsync("xmlns", "content", null, Content);
        await xml.WriteAttributeStringAsync("xmlns", "dc", null, Dc);
        await xml.WriteAttributeStringAsync("xmlns", "media", null, Media);
        await xml.WriteStartElementAsync(null, "channel", null);
        await xml.WriteElementStringAsync(null, "title", null, feed.Title);
        await xml.WriteElementStringAsync(null, "link", null, feed.HomeUrl);
        await xml.WriteElementStringAsync(null, "description", null, feed.Description ?? feed.Title);
        await xml.WriteElementStringAsync(null, "language", null, feed.Language);
        if (feed.Updated is { } updated)
        {
            await xml.WriteElementStringAsync(null, "lastBuildDate", null, XmlOutput.Rfc822(updated));
        }

        await xml.WriteElementStringAsync(null, "generator", null, "Byline");
        await xml.WriteStartElementAsync("atom", "link", Atom);
        await xml.WriteAttributeStringAsync(null, "href", null, feed.SelfUrl(FeedFormat.Rss));
        await xml.WriteAttributeStringAsync(null, "rel", null, "self");
        await xml.WriteAttributeStringAsync(null, "type", null, FeedFormat.Rss.MediaType());
        await xml.WriteEndElementAsync();
        foreach (var item in feed.Items)
        {
            await WriteItemAsync(xml, item);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    });

    private static async Task WriteItemAsync(XmlWriter xml, FeedItem item)
    {
        await xml.WriteStartElementAsync(null, "item", null);
        await xml.WriteElementStringAsync(null, "title", null, item.Title);
        await xml.WriteElementStringAsync(null, "link", null, item.Url);
        await xml.WriteStartElementAsync(null, "guid", null);
        await xml.WriteAttributeStringAsync(null, "isPermaLink", null, "false");
        await xml.WriteStringAsync(item.Urn);
        await xml.WriteEndElementAsync();
        await xml.WriteElementStringAsync(null, "pubDate", null, XmlOutput.Rfc822(item.Published));
        await xml.WriteElementStringAsync("atom", "updated", Atom, XmlOutput.Rfc3339(item.Updated));
        foreach (var author in item.Authors)
        {
            await xml.WriteElementStringAsync("dc", "creator", Dc, author.Name);
        }

        foreach (var category in item.Categories)
        {
            await xml.WriteStartElementAsync(null, "category", null);
            await xml.WriteAttributeStringAsync(null, "domain", null, category.Url);
            await xml.WriteStringAsync(category.Name);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteElementStringAsync(null, "description", null, item.Summary ?? BodyText.Description(item.ContentHtml, 300));
        await xml.WriteElementStringAsync("content", "encoded", Content, item.ContentHtml);
        if (item.Image is { } image)
        {
            // RSS requires an enclosure's length; 0 is the convention for "not known".
            await xml.WriteStartElementAsync(null, "enclosure", null);
            await xml.WriteAttributeStringAsync(null, "url", null, image.Url);
            await xml.WriteAttributeStringAsync(null, "length", null, "0");
            await xml.WriteAttributeStringAsync(null, "type", null, image.MediaType);
            await xml.WriteEndElementAsync();
            await xml.WriteStartElementAsync("media", "content", Media);
            await xml.WriteAttributeStringAsync(null, "url", null, image.Url);
            await xml.WriteAttributeStringAsync(null, "medium", null, "image");
            await xml.WriteAttributeStringAsync(null, "type", null, image.MediaType);
            if (image.Alt.Length > 0)
            {
                await xml.WriteStartElementAsync("media", "description", Media);
                await xml.WriteAttributeStringAsync(null, "type", null, "plain");
                await xml.WriteStringAsync(image.Alt);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }
}
