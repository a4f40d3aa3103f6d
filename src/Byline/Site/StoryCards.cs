using Byline.Media;
using Byline.Site.Views;

namespace Byline.Site;

// The list queries behind home, section, tag and author pages: published stories only, newest
// first, reading just what a card shows, in one query per list.
public static class StoryCards
{
    public static IQueryable<Story> Live(this IQueryable<Story> stories, DateTime now) =>
        stories.Where(s => s.Status == StoryStatus.Published && s.PublishedAt <= now);

    public static async Task<List<StoryCard>> ToCardsAsync(
        this IQueryable<Story> stories, IQueryable<MediaAsset> library, PublicationClock clock, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await stories.OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id).Skip(skip).Take(take)
            .Select(Card(library)).AsSplitQuery().ToListAsync(cancellationToken);
        return rows.ConvertAll(r => r.ToView(clock));
    }

    // A library image's size and variants come from subqueries on the unique address, in the
    // cards' own query: a list of any length costs no extra round trip for its pictures.
    private static System.Linq.Expressions.Expression<Func<Story, CardRow>> Card(IQueryable<MediaAsset> library) => s => new CardRow
    {
        Headline = s.Headline,
        Slug = s.Slug,
        Dek = s.Dek,
        SectionName = s.Section == null ? null : s.Section.Name,
        SectionSlug = s.Section == null ? null : s.Section.Slug,
        PublishedAt = s.PublishedAt,
        Authors = s.Authors.OrderBy(a => a.Position).Select(a => new CardAuthor { Name = a.Author!.Name, Slug = a.Author.Slug }).ToList(),
        ImageUrl = s.FeaturedImage == null ? null : s.FeaturedImage.Url,
        ImageAlt = s.FeaturedImage == null ? null : s.FeaturedImage.Alt,
        ImageWidth = library.Where(m => m.Url == s.FeaturedImage!.Url).Select(m => (int?)m.Width).FirstOrDefault(),
        ImageHeight = library.Where(m => m.Url == s.FeaturedImage!.Url).Select(m => (int?)m.Height).FirstOrDefault(),
        ImageVariants = library.Where(m => m.Url == s.FeaturedImage!.Url).Select(m => m.Variants).FirstOrDefault(),
    };

    private sealed class CardRow
    {
        public required string Headline { get; init; }
        public required string Slug { get; init; }
        public string? Dek { get; init; }
        public string? SectionName { get; init; }
        public string? SectionSlug { get; init; }
        public DateTime? PublishedAt { get; init; }
        public required List<CardAuthor> Authors { get; init; }
        public string? ImageUrl { get; init; }
        public string? ImageAlt { get; init; }
        public int? ImageWidth { get; init; }
        public int? ImageHeight { get; init; }
        public List<MediaVariant>? ImageVariants { get; init; }

        public StoryCard ToView(PublicationClock clock) => new(
            Headline,
            Urls.Story(SectionSlug, Slug),
            Dek,
            SectionSlug is null ? null : new LinkView(SectionName!, Urls.Section(SectionSlug)),
            clock.View(PublishedAt ?? default),
            Authors.ConvertAll(a => new LinkView(a.Name, Urls.Author(a.Slug))),
            SiteChrome.SafeLink(ImageUrl) is { } src ? ImageView.From(src, ImageAlt ?? "", null, null, ImageWidth, ImageHeight, ImageVariants) : null);
    }

    private sealed class CardAuthor
    {
        public required string Name { get; init; }
        public required string Slug { get; init; }
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
