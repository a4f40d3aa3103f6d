using Byline.Caching;
using Byline.Content;
using Byline.Media;
using Byline.Seo;
using Byline.Site.Views;

namespace Byline.Site;

public static class StoryPage
{
    public static async Task<IResult> HandleAsync(HttpContext http, string section, string slug, StoryReads reads, SiteChrome chrome, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var now = time.GetUtcNow().UtcDateTime;
        slug = slug.ToLowerInvariant();
        // The story with its section, bylines, tags and corrections (StoryReads: two statements, no EF).
        var story = await reads.FindAsync(slug, ct);
        if (story is null || !(story.Status == StoryStatus.Published && story.PublishedAt <= now))
        {
            var db = http.RequestServices.GetRequiredService<BylineDb>();
            return await MovedAsync(db, slug, now, ct) is { } moved
                ? Results.Redirect(moved, permanent: true)
                : await ThemePage.NotFoundAsync(http, chrome);
        }
        var url = Urls.Story(story.Section?.Slug, story.Slug);
        if (!string.Equals(http.Request.Path.Value, url, StringComparison.Ordinal))
        {
            return Results.Redirect(url, permanent: true);
        }

        var meta = new MetaView(story.SeoTitle ?? story.Headline, story.SeoDescription ?? story.Dek ?? BodyText.Description(story.BodyHtml), url, "article");
        var (model, clock) = await chrome.LoadAsync(meta, url, ct, withLatest: true, excludeFromLatest: story.Slug);
        if (SiteChrome.SafeLink(story.CanonicalUrl) is { } canonical)
        {
            model = model with { Meta = model.Meta with { CanonicalUrl = canonical.StartsWith('/') ? Urls.Absolute(model.Site.BaseUrl, canonical) : canonical } };
        }

        var (before, after) = model.Ads.InStory is null
            ? (story.BodyHtml, "")
            : BodyHtml.SplitAfterParagraph(story.BodyHtml, model.Ads.InStory.AfterParagraph);
        var published = story.PublishedAt ?? story.CreatedAt;
        var asset = MediaLibrary.LocalPath(story.FeaturedImage?.Url) is { } local
            ? await reads.FindImageAsync(local, ct)
            : null;
        var view = new StoryView(
            story.Headline,
            url,
            story.Dek,
            story.Dateline,
            story.Section is null ? null : new LinkView(story.Section.Name, Urls.Section(story.Section.Slug)),
            clock.View(published),
            story.UpdatedAt > published.AddMinutes(1) ? clock.View(story.UpdatedAt) : null,
            story.Authors.Where(a => a.Author is not null).Select(a => AuthorViews.From(a.Author!)).ToList(),
            story.Tags.OrderBy(t => t.Name).Select(t => new LinkView(t.Name, Urls.Tag(t.Slug))).ToList(),
            story.FeaturedImage is { } image && SiteChrome.SafeLink(image.Url) is { } src
                ? ImageView.From(asset?.Url ?? src, string.IsNullOrWhiteSpace(image.Alt) ? asset?.Alt ?? "" : image.Alt, image.Caption ?? asset?.Caption, image.Credit ?? asset?.Credit, asset?.Width, asset?.Height, asset?.Variants)
                : null,
            before,
            after,
            story.Corrections.OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => CorrectionView.From(c, clock.View(c.At))).ToList());
        var (insight, insightShows) = await Intelligence.InsightReads.ForStoryAsync(http.RequestServices.GetRequiredService<BylineDb>(), story.Id, clock, now, ct);
        view = view with { Insight = insight.IsEmpty ? null : insight };

        // A correction changes the story, so it moves the modified time search engines see.
        var modified = clock.View(story.Corrections.Select(c => c.At).Append(story.UpdatedAt).Append(published).Max());
        http.CacheAs([CacheTags.Chrome, CacheTags.Latest, CacheTags.Story(story.Id), .. story.SectionId is { } sectionId ? [CacheTags.Section(sectionId)] : Array.Empty<string>(),
            .. story.Authors.Select(a => CacheTags.Author(a.AuthorId)), .. story.Tags.Select(t => CacheTags.Tag(t.Id)), .. insightShows]);
        return await ThemePage.RenderAsync(http, "story", model with { Story = view, Meta = PageMetadata.ForStory(model, view, modified) });
    }

    // An address the story had before its slug changed (SlugRedirects): where it lives now, if it
    // is live. One lookup on a unique index, made only for slugs no story has, so it needs no cache.
    private static Task<string?> MovedAsync(BylineDb db, string slug, DateTime now, CancellationToken ct) =>
        db.StoryRedirects.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.Story!).Live(now)
            .Select(s => Urls.Story(s.Section == null ? null : s.Section.Slug, s.Slug))
            .FirstOrDefaultAsync(ct);
}
