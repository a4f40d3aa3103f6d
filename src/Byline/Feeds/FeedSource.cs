using Byline.Caching;
using Byline.Site;

namespace Byline.Feeds;

public enum FeedScope
{
    Site,
    Section,
    Tag,
    Author,
    Person,
    Organisation,
    Place,
}

// Reads the latest published stories for a feed in one projection: full body, byline in order,
// section and tags, featured image, and the newest correction (a correction is an update).
public sealed class FeedSource(BylineDb db, TimeProvider time)
{
    public const int ItemCount = 20;

    // Null when the section, tag or author does not exist.
    public async Task<Feed?> LoadAsync(FeedScope scope, string? slug, CancellationToken cancellationToken)
    {
        var publication = await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new PublicationSettings { Name = "Byline" };
        var baseUrl = publication.BaseUrl.TrimEnd('/');
        var stories = db.Stories.AsNoTracking().Live(time.GetUtcNow().UtcDateTime);
        slug = slug?.ToLowerInvariant();
        string title, path;
        string? description;
        string[] shows;
        switch (scope)
        {
            case FeedScope.Section:
                var section = await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
                if (section is null)
                {
                    return null;
                }

                (title, description, path) = (section.Name, section.Description, Urls.Section(section.Slug));
                shows = [CacheTags.Chrome, CacheTags.Section(section.Id), CacheTags.SectionList(section.Id)];
                stories = stories.Where(s => s.SectionId == section.Id);
                break;
            case FeedScope.Tag:
                var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
                if (tag is null)
                {
                    return null;
                }

                (title, description, path) = (tag.Name, tag.Description, Urls.Tag(tag.Slug));
                shows = [CacheTags.Chrome, CacheTags.Tag(tag.Id), CacheTags.TagList(tag.Id)];
                stories = stories.Where(s => s.Tags.Any(t => t.Id == tag.Id));
                break;
            case FeedScope.Author:
                var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
                if (author is null)
                {
                    return null;
                }

                (title, description, path) = (author.Name, author.JobTitle, Urls.Author(author.Slug));
                shows = [CacheTags.Chrome, CacheTags.Author(author.Id), CacheTags.AuthorList(author.Id)];
                stories = stories.Where(s => s.Authors.Any(a => a.AuthorId == author.Id));
                break;
            case FeedScope.Person or FeedScope.Organisation or FeedScope.Place:
                var kind = scope switch { FeedScope.Person => Text.Analysis.EntityKind.Person, FeedScope.Organisation => Text.Analysis.EntityKind.Organisation, _ => Text.Analysis.EntityKind.Place };
                var entity = await db.Entities.AsNoTracking().FirstOrDefaultAsync(e => e.Kind == kind && e.Slug == slug && e.Review != Intelligence.EntityReview.Rejected, cancellationToken);
                if (entity is null)
                {
                    return null;
                }

                (title, description, path) = (entity.Name, entity.Description, Urls.Entity(kind, entity.Slug));
                shows = [CacheTags.Chrome, CacheTags.Entity(entity.Id)];
                stories = stories.Where(s => db.StoryEntities.Any(l => l.EntityId == entity.Id && l.StoryId == s.Id));
                break;
            default:
                (title, description, path) = (publication.Name, publication.Tagline, "");
                shows = [CacheTags.Chrome, CacheTags.Feeds];
                break;
        }

        var items = await ItemsAsync(stories, baseUrl, cancellationToken);
        var feedTitle = scope == FeedScope.Site ? title : $"{title} — {publication.Name}";
        return new Feed(feedTitle, description, baseUrl, path, publication.Language, publication.Name, items) { Shows = shows };
    }

    private static async Task<List<FeedItem>> ItemsAsync(IQueryable<Story> stories, string baseUrl, CancellationToken cancellationToken)
    {
        var rows = await stories
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .Take(ItemCount)
            .Select(s => new
            {
                s.PublicId,
                s.Headline,
                s.Slug,
                s.Dek,
                s.BodyHtml,
                s.PublishedAt,
                s.UpdatedAt,
                Corrected = s.Corrections.Max(c => (DateTime?)c.At),
                Section = s.Section == null ? null : new { s.Section.Name, s.Section.Slug },
                Authors = s.Authors.OrderBy(a => a.Position).Select(a => new { a.Author!.Name, a.Author.Slug }).ToList(),
                Tags = s.Tags.OrderBy(t => t.Name).Select(t => new { t.Name, t.Slug }).ToList(),
                s.FeaturedImage,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return rows.ConvertAll(r =>
        {
            var published = Utc(r.PublishedAt ?? r.UpdatedAt);
            var updated = new[] { published, Utc(r.UpdatedAt), Utc(r.Corrected ?? published) }.Max();
            return new FeedItem(
                r.PublicId,
                r.Headline,
                Urls.Absolute(baseUrl, Urls.Story(r.Section?.Slug, r.Slug)),
                r.Dek,
                FeedHtml.Absolutize(r.BodyHtml, baseUrl),
                published,
                updated,
                r.Authors.ConvertAll(a => new FeedPerson(a.Name, Urls.Absolute(baseUrl, Urls.Author(a.Slug)))),
                r.Section is null ? null : new FeedCategory(r.Section.Name, Urls.Absolute(baseUrl, Urls.Section(r.Section.Slug))),
                r.Tags.ConvertAll(t => new FeedCategory(t.Name, Urls.Absolute(baseUrl, Urls.Tag(t.Slug)))),
                FeedHtml.Image(r.FeaturedImage, baseUrl));
        });
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
