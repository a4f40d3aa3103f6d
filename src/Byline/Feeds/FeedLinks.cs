using Byline.Site.Views;

namespace Byline.Feeds;

// Feed addresses sit under the page they follow: /rss.xml for the site, /politics/rss.xml for a
// section, /tag/floods/atom.xml, /author/aryan-singh/feed.json. Pages name them for autodiscovery.
public static class FeedLinks
{
    public static string Path(string pagePath, FeedFormat format) => $"{pagePath}/{format.FileName()}";

    public static IReadOnlyList<FeedLink> For(string baseUrl, string pagePath, string title) =>
        FeedFormats.All.Select(f => new FeedLink($"{title} ({f.Label()})", baseUrl + Path(pagePath, f), f.MediaType())).ToList();
}
