using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Byline.Caching;
using Byline.Site;

namespace Byline.Feeds;

// The /corrections page as a feed (/corrections/rss.xml, atom.xml, feed.json): the latest notes on
// live stories, one item each, for readers and press critics who follow how a paper puts things
// right. A note's text is plain and goes out HTML-encoded.
public sealed class CorrectionsFeed(BylineDb db, TimeProvider time)
{
    public const string PagePath = "/corrections";

    public async Task<Feed> LoadAsync(CancellationToken cancellationToken)
    {
        var publication = await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new PublicationSettings { Name = "Byline" };
        var baseUrl = publication.BaseUrl.TrimEnd('/');
        var live = db.Stories.AsNoTracking().Live(time.GetUtcNow().UtcDateTime);
        var rows = await db.Corrections.AsNoTracking().Where(c => live.Any(s => s.Id == c.StoryId))
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(FeedSource.ItemCount)
            .Join(db.Stories, c => c.StoryId, s => s.Id, (c, s) => new { c.Id, c.Kind, c.At, c.Text, s.PublicId, s.Headline, s.Slug, Section = s.Section == null ? null : s.Section.Slug })
            .ToListAsync(cancellationToken);

        var items = rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r =>
        {
            var at = DateTime.SpecifyKind(r.At, DateTimeKind.Utc);
            var label = r.Kind == CorrectionKind.Update ? "Update" : "Correction";
            return new FeedItem(
                ItemId(r.PublicId, r.Id),
                $"{label}: {r.Headline}",
                Urls.Absolute(baseUrl, Urls.Story(r.Section, r.Slug)) + "#corrections",
                r.Text,
                "<p>" + HtmlEncoder.Default.Encode(r.Text).Replace("&#xA;", "<br>", StringComparison.Ordinal) + "</p>",
                at,
                at,
                [],
                null,
                [],
                null);
        }).ToList();
        return new Feed($"Corrections and updates — {publication.Name}", "Every correction and update to our stories, newest first.",
            baseUrl, PagePath, publication.Language, publication.Name, items)
        {
            Shows = [CacheTags.Chrome, CacheTags.Feeds, CacheTags.Corrections],
        };
    }

    // Stable for the note, and distinct from the story's own id in the site's feed.
    private static Guid ItemId(Guid story, int correction)
    {
        var hash = SHA256.HashData([.. story.ToByteArray(), .. BitConverter.GetBytes(correction)]);
        return new Guid(hash.AsSpan(0, 16));
    }
}
