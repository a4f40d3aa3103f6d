using Byline.Caching;
using Byline.Site.Views;

namespace Byline.Site;

public static class HomePage
{
    private const int LatestPerPage = 12;
    private const int PerSection = 4;

    public static async Task<IResult> HandleAsync(HttpContext http, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        var page = ThemePage.PageNumber(http);
        var ct = http.RequestAborted;
        var (model, clock) = await chrome.LoadAsync(new MetaView("", null, Urls.WithPage("/", page), "website"), "/", ct);
        var now = time.GetUtcNow().UtcDateTime;
        var live = db.Stories.AsNoTracking().Live(now);
        var total = await live.CountAsync(ct);

        // Page 1 opens with the lead story; later pages continue the list after it.
        var skip = page == 1 ? 0 : 1 + ((page - 1) * LatestPerPage);
        var stories = await live.ToCardsAsync(db.MediaAssets, clock, skip, page == 1 ? LatestPerPage + 1 : LatestPerPage, ct);
        if (page > 1 && stories.Count == 0)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var lead = page == 1 ? stories.FirstOrDefault() : null;
        var latest = page == 1 ? stories.Skip(1).ToList() : stories;
        var blocks = new List<SectionBlock>();
        if (page == 1)
        {
            // One indexed query per section beats one window query over the whole archive.
            foreach (var section in model.Site.Sections)
            {
                var slug = section.Url.TrimStart('/');
                var cards = await live.Where(s => s.Section!.Slug == slug).ToCardsAsync(db.MediaAssets, clock, 0, PerSection, ct);
                if (cards.Count > 0)
                {
                    blocks.Add(new SectionBlock(section, cards));
                }
            }
        }

        var pagination = StoryCards.Paginate("/", page, Math.Max(0, total - 1), LatestPerPage);
        http.CacheAs(CacheTags.Chrome, CacheTags.Home);
        var title = page == 1 ? model.Site.Name + (model.Site.Tagline is { } t ? " — " + t : "") : $"Latest stories, page {page} — {model.Site.Name}";
        return await ThemePage.RenderAsync(http, "home", model with
        {
            Meta = model.Meta with { Title = title, Description = model.Site.Tagline },
            Home = new HomeView(lead, latest, blocks, pagination),
        });
    }
}
