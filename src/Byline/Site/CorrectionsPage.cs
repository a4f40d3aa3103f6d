using Byline.Caching;
using Byline.Seo;
using Byline.Site.Views;

namespace Byline.Site;

// The public record of the publication's corrections and updates, newest first, each linking to
// its story: what a reader checks to see how often, and how openly, the paper puts things right.
// Only live stories' notes are listed. Cached like every reader page: a new note evicts it
// (list:corrections), and so does any story change, which may rename or unpublish a listed story.
public static class CorrectionsPage
{
    public const string Path = "/corrections";
    private const int PageSize = 20;

    public static async Task<IResult> HandleAsync(HttpContext http, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var page = ThemePage.PageNumber(http);
        var now = time.GetUtcNow().UtcDateTime;
        var title = page == 1 ? "Corrections and updates" : $"Corrections and updates, page {page}";
        var (model, clock) = await chrome.LoadAsync(
            new MetaView(title, "Every correction and update to our stories, newest first.", Urls.WithPage(Path, page), "website"), Path, ct);

        var live = db.Stories.AsNoTracking().Live(now);
        var notes = db.Corrections.AsNoTracking().Where(c => live.Any(s => s.Id == c.StoryId));
        var total = await notes.CountAsync(ct);
        var rows = await notes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Stories, c => c.StoryId, s => s.Id, (c, s) => new { Note = c, s.Headline, s.Slug, Section = s.Section == null ? null : s.Section.Slug })
            .ToListAsync(ct);
        if (page > 1 && rows.Count == 0)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var entries = rows.OrderByDescending(r => r.Note.At).ThenByDescending(r => r.Note.Id)
            .Select(r => new CorrectionEntryView(CorrectionView.From(r.Note, clock.View(r.Note.At)), r.Headline, Urls.Story(r.Section, r.Slug)))
            .ToList();
        http.CacheAs(CacheTags.Chrome, CacheTags.Feeds, CacheTags.Corrections);
        return await ThemePage.RenderAsync(http, "corrections", model with
        {
            Corrections = new CorrectionsView(entries, StoryCards.Paginate(Path, page, total, PageSize)),
            Meta = model.Meta with
            {
                Feeds = [.. model.Meta.Feeds, .. Feeds.FeedLinks.For(model.Site.BaseUrl, Path, $"Corrections and updates — {model.Site.Name}")],
                JsonLd = [StructuredData.Breadcrumbs(model.Site, ("Corrections and updates", Path))],
            },
        });
    }
}
