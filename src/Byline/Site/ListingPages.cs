using Byline.Caching;
using Byline.Content;
using Byline.Seo;
using Byline.Site.Views;

namespace Byline.Site;

// Section, tag and author pages: a heading, a description, and the stories, paged.
public static class ListingPages
{
    private const int PageSize = 15;

    // One segment is a section or a static page; sections win, and the newsroom keeps the two apart.
    public static async Task<IResult> SectionOrPageAsync(HttpContext http, string slug, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        slug = slug.ToLowerInvariant();
        var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, http.RequestAborted);
        if (section is not null)
        {
            var stories = db.Stories.AsNoTracking().Live(time.GetUtcNow().UtcDateTime).Where(s => s.SectionId == section.Id);
            http.CacheAs(CacheTags.Chrome, CacheTags.Section(section.Id), CacheTags.SectionList(section.Id));
            return await ListAsync(http, chrome, "section", section.Name, section.Description, Urls.Section(section.Slug), stories, null);
        }

        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, http.RequestAborted);
        if (page is null)
        {
            // A page's old address (SlugRedirects) answers with a permanent redirect to its new one.
            var moved = await db.PageRedirects.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.Page!.Slug).FirstOrDefaultAsync(http.RequestAborted);
            return moved is null ? await ThemePage.NotFoundAsync(http, chrome) : Results.Redirect(Urls.Page(moved), permanent: true);
        }

        var url = Urls.Page(page.Slug);
        var (model, clock) = await chrome.LoadAsync(new MetaView(page.Title, null, url, "website"), url, http.RequestAborted);
        http.CacheAs(CacheTags.Chrome, CacheTags.Page(page.Id));
        return await ThemePage.RenderAsync(http, "page", model with { Page = new PageView(page.Title, page.BodyHtml, clock.View(page.UpdatedAt)) });
    }

    public static async Task<IResult> TagAsync(HttpContext http, string slug, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        slug = slug.ToLowerInvariant();
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, http.RequestAborted);
        if (tag is null)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var stories = db.Stories.AsNoTracking().Live(time.GetUtcNow().UtcDateTime).Where(s => s.Tags.Any(t => t.Id == tag.Id));
        http.CacheAs(CacheTags.Chrome, CacheTags.Tag(tag.Id), CacheTags.TagList(tag.Id));
        return await ListAsync(http, chrome, "tag", tag.Name, tag.Description, Urls.Tag(tag.Slug), stories, null);
    }

    public static async Task<IResult> AuthorAsync(HttpContext http, string slug, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        slug = slug.ToLowerInvariant();
        var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, http.RequestAborted);
        if (author is null)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var stories = db.Stories.AsNoTracking().Live(time.GetUtcNow().UtcDateTime).Where(s => s.Authors.Any(a => a.AuthorId == author.Id));
        http.CacheAs(CacheTags.Chrome, CacheTags.Author(author.Id), CacheTags.AuthorList(author.Id));
        return await ListAsync(http, chrome, "author", author.Name, author.JobTitle, Urls.Author(author.Slug), stories, AuthorViews.From(author));
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, SiteChrome chrome, string kind, string title, string? description, string path, IQueryable<Story> stories, AuthorView? author)
    {
        var ct = http.RequestAborted;
        var page = ThemePage.PageNumber(http);
        var url = Urls.WithPage(path, page);
        var heading = page == 1 ? title : $"{title}, page {page}";
        var (model, clock) = await chrome.LoadAsync(new MetaView(heading, description ?? author?.Bio, url, kind == "author" ? "profile" : "website"), path, ct);
        var total = await stories.CountAsync(ct);
        var cards = await stories.ToCardsAsync(http.RequestServices.GetRequiredService<BylineDb>().MediaAssets, clock, (page - 1) * PageSize, PageSize, ct);
        if (page > 1 && cards.Count == 0)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var listing = new ListingView(kind, title, description, cards, StoryCards.Paginate(path, page, total, PageSize), author);
        return await ThemePage.RenderAsync(http, kind, model with { Listing = listing, Meta = PageMetadata.ForListing(model, listing, path) });
    }
}
