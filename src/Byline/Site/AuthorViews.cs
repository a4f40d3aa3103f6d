using Byline.Site.Views;

namespace Byline.Site;

public static class AuthorViews
{
    public static AuthorView From(Author author) => new(
        author.Name,
        Urls.Author(author.Slug),
        author.JobTitle,
        author.Bio,
        SiteChrome.SafeLink(author.PhotoUrl),
        SiteChrome.SafeLink(author.Website),
        author.SocialLinks
            .Select(l => (l.Network, Url: SiteChrome.SafeLink(l.Url)))
            .Where(l => l.Url is not null)
            .Select(l => new LinkView(l.Network, l.Url!))
            .ToList());
}
