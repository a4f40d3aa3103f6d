using Byline.Site.Views;

namespace Byline.Site;

// The list queries behind home, section, tag and author pages: published stories only, newest
// first, reading just what a card shows, in one query per list.
public static class StoryCards
{
    public static IQueryable<Story> Live(this IQueryable<Story> stories, DateTime now) =>
        stories.Where(s => s.Status == StoryStatus.Published && s.PublishedAt <= now);

    public static async Task<List<StoryCard>> ToCardsAsync(
        this IQueryable<Story> stories, PublicationClock clock, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await stories
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .Skip(skip).Take(take)
            .Select(s => new
            {
                s.Headline,
                s.Slug,
                s.Dek,
                SectionName = s.Section == null ? null : s.Section.Name,
                SectionSlug = s.Section == null ? null : s.Section.Slug,
                s.PublishedAt,
                Authors = s.Authors.OrderBy(a => a.Position).Select(a => new { a.Author!.Name, a.Author.Slug }).ToList(),
                ImageUrl = s.FeaturedImage == null ? null : s.FeaturedImage.Url,
                ImageAlt = s.FeaturedImage == null ? null : s.FeaturedImage.Alt,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return rows.ConvertAll(r => new StoryCard(
            r.Headline,
            Urls.Story(r.SectionSlug, r.Slug),
            r.Dek,
            r.SectionSlug is null ? null : new LinkView(r.SectionName!, Urls.Section(r.SectionSlug)),
            clock.View(r.PublishedAt ?? default),
            r.Authors.ConvertAll(a => new LinkView(a.Name, Urls.Author(a.Slug))),
            SiteChrome.SafeLink(r.ImageUrl) is { } src ? new ImageView(src, r.ImageAlt ?? "", null, null) : null));
    }

    public static Pagination Paginate(string path, int page, int total, int pageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Pagination(
            page,
            pages,
            page > 1 ? Urls.WithPage(path, page - 1) : null,
            page < pages ? Urls.WithPage(path, page + 1) : null);
    }
}
