using Byline.Feeds;
using Byline.Site.Views;

namespace Byline.Seo;

// What search engines and social sites read from a page's <head>, beyond its title and canonical
// link: the image, article times and people (Open Graph, Twitter cards), JSON-LD, and the feeds.
public static class PageMetadata
{
    public static MetaView ForStory(ThemeModel model, StoryView story, TimeView modified)
    {
        var site = model.Site;
        var image = story.Image is { } i ? i with { Url = StructuredData.Absolute(site, i.Url) } : null;
        (string, string)[] crumbs = story.Section is { } section
            ? [(section.Label, section.Url), (story.Headline, model.Meta.CanonicalUrl)]
            : [(story.Headline, model.Meta.CanonicalUrl)];
        return model.Meta with
        {
            Image = image,
            Article = new ArticleMeta(
                story.Published.Iso,
                modified.Iso,
                story.Section?.Label,
                story.Authors.Select(a => StructuredData.Absolute(site, a.Url)).ToList(),
                story.Tags.Select(t => t.Label).ToList()),
            JsonLd = [StructuredData.NewsArticle(site, model.Meta, story, image, modified), StructuredData.Breadcrumbs(site, crumbs)],
        };
    }

    // Section, tag and author pages offer their own feeds beside the site's.
    public static MetaView ForListing(ThemeModel model, ListingView listing, string path)
    {
        var site = model.Site;
        var jsonLd = new List<string> { StructuredData.Breadcrumbs(site, (listing.Title, path)) };
        if (listing.Author is { } author)
        {
            jsonLd.Insert(0, StructuredData.Person(site, author));
        }

        return model.Meta with
        {
            Feeds = [.. model.Meta.Feeds, .. FeedLinks.For(site.BaseUrl, path, $"{listing.Title} — {site.Name}")],
            Image = listing.Author?.PhotoUrl is { } photo ? new ImageView(StructuredData.Absolute(site, photo), listing.Author.Name, null, null) : null,
            JsonLd = jsonLd,
        };
    }
}
