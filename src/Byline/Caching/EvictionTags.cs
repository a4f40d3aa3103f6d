using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Byline.Caching;

// Which cached responses a save makes stale, from the change tracker before the save: old and new
// values both count (a story moved from World to Politics changes both sections' lists).
public static class EvictionTags
{
    public static async Task<HashSet<string>> ForAsync(BylineDb db, DateTime now, CancellationToken ct)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var latestChecks = new List<DateTime?>();
        var media = new List<(string Url, bool Added)>();
        var stories = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case Story story:
                    AddStory(tags, entry, story, latestChecks);
                    if (entry.State != EntityState.Added)
                    {
                        stories.Add(story.Id);
                    }

                    break;
                case Intelligence.StoryEntity link:
                    // The Content API shows a post's people, organisations and places (include=people...).
                    tags.UnionWith([CacheTags.Story(link.StoryId), CacheTags.Sitemaps, CacheTags.ApiLists]);
                    AddEntity(tags, entry, nameof(Intelligence.StoryEntity.EntityId));
                    break;
                case Intelligence.StoryQuote quote:
                    tags.UnionWith([CacheTags.Story(quote.StoryId), CacheTags.ApiLists]);
                    AddEntity(tags, entry, nameof(Intelligence.StoryQuote.SpeakerId));
                    break;
                case Intelligence.RelatedStory related:
                    tags.Add(CacheTags.Story(related.StoryId));
                    break;
                case Intelligence.NamedEntity entity:
                    tags.UnionWith([CacheTags.Sitemaps, CacheTags.ApiLists]);
                    if (entry.State != EntityState.Added)
                    {
                        tags.UnionWith([CacheTags.Entity(entity.Id), CacheTags.EntityName(entity.Id)]);
                    }

                    break;
                case Correction correction:
                    tags.UnionWith([CacheTags.Story(correction.StoryId), CacheTags.Feeds, CacheTags.ApiLists, CacheTags.Corrections]);
                    break;
                case StoryAuthor byline:
                    tags.UnionWith([CacheTags.Story(byline.StoryId), CacheTags.AuthorList(byline.AuthorId), CacheTags.Search]);
                    break;
                case Dictionary<string, object> when entry.Metadata.Name == "StoryTags":
                    tags.UnionWith([CacheTags.Story(Key<Story>(entry)), CacheTags.TagList(Key<Tag>(entry)), CacheTags.Search]);
                    break;
                case Section section:
                    tags.UnionWith([CacheTags.Section(section.Id), CacheTags.Chrome, CacheTags.ApiLists, CacheTags.Search]);
                    break;
                case Tag tag:
                    tags.UnionWith([CacheTags.Tag(tag.Id), CacheTags.ApiLists, CacheTags.Search]);
                    break;
                case Author author:
                    tags.UnionWith([CacheTags.Author(author.Id), CacheTags.ApiLists, CacheTags.Search]);
                    break;
                case Page page:
                    tags.UnionWith([CacheTags.Page(page.Id), CacheTags.Sitemaps, CacheTags.ApiLists]);
                    break;
                case Api.ApiKey:
                    tags.Add(CacheTags.ApiLists);
                    break;
                case PublicationSettings or AdSlot:
                    tags.Add(CacheTags.Everything);
                    break;
                case Media.MediaAsset asset:
                    media.Add((asset.Url, entry.State == EntityState.Added));
                    break;

                // Owned JSON rows are tracked on their own: a footer or social link can change alone.
                case FooterLink:
                    tags.Add(CacheTags.Everything);
                    break;
                case SocialLink:
                    tags.UnionWith([CacheTags.Author(Key<Author>(entry)), CacheTags.ApiLists]);
                    break;
            }
        }

        // The pages of a story's people, places and organisations list it: its headline, its status.
        if (stories.Count > 0)
        {
            tags.UnionWith((await db.StoryEntities.AsNoTracking().Where(l => stories.Contains(l.StoryId)).Select(l => l.EntityId).Distinct().ToListAsync(ct)).Select(CacheTags.Entity));
        }

        if (media.Count > 0)
        {
            await AddMediaAsync(db, tags, media, ct);
        }

        if (latestChecks.Count > 0 && await TouchesLatestAsync(db, latestChecks, now, ct))
        {
            tags.Add(CacheTags.Latest);
        }

        return tags;
    }

    private static void AddStory(HashSet<string> tags, EntityEntry entry, Story story, List<DateTime?> latestChecks)
    {
        tags.UnionWith([CacheTags.Story(story.Id), CacheTags.Home, CacheTags.Feeds, CacheTags.Sitemaps, CacheTags.ApiLists, CacheTags.Search]);
        foreach (var sectionId in Values<int?>(entry, nameof(Story.SectionId)).OfType<int>())
        {
            tags.Add(CacheTags.SectionList(sectionId));
        }

        // A story deleted without its tags and bylines loaded could be on any tag or author list.
        var partial = entry.State == EntityState.Deleted || (entry.State != EntityState.Added && !(entry.Collection(nameof(Story.Tags)).IsLoaded && entry.Collection(nameof(Story.Authors)).IsLoaded));
        tags.UnionWith(partial ? ["list:tag:*", "list:author:*"] : [.. story.Tags.Select(t => CacheTags.TagList(t.Id)), .. story.Authors.Select(a => CacheTags.AuthorList(a.AuthorId))]);
        latestChecks.AddRange(Values<DateTime?>(entry, nameof(Story.PublishedAt)));
    }

    // A library image's alt text, caption and credit show on the pages of the stories it leads.
    // A new row for an address stories already use (`byline media variants`) changes their cards
    // too, wherever they are listed; that is rare enough to drop everything.
    private static async Task AddMediaAsync(BylineDb db, HashSet<string> tags, List<(string Url, bool Added)> media, CancellationToken ct)
    {
        var urls = media.Select(m => m.Url).ToList();
        var stories = await db.Stories.AsNoTracking().Where(s => s.FeaturedImage != null && urls.Contains(s.FeaturedImage.Url))
            .Select(s => new { s.Id, s.FeaturedImage!.Url }).ToListAsync(ct);
        tags.UnionWith(stories.Select(s => CacheTags.Story(s.Id)));
        if (stories.Any(s => media.Contains((s.Url, true))))
        {
            tags.Add(CacheTags.Everything);
        }
    }

    // The entity a row points at, before and after the change; a new entity has no page yet.
    private static void AddEntity(HashSet<string> tags, EntityEntry entry, string property)
    {
        if (entry.Property(property).IsTemporary)
        {
            return;
        }

        foreach (var id in Values<int?>(entry, property).OfType<int>())
        {
            tags.Add(CacheTags.Entity(id));
        }
    }

    // A join row's key to one side, whatever EF named the column.
    private static int Key<T>(EntityEntry entry) =>
        (int)entry.Property(entry.Metadata.GetForeignKeys().Single(fk => fk.PrincipalEntityType.ClrType == typeof(T)).Properties[0].Name).CurrentValue!;

    // The current value, and the original one for a change or a deletion.
    private static IEnumerable<T> Values<T>(EntityEntry entry, string property)
    {
        if (entry.State != EntityState.Deleted)
        {
            yield return (T)entry.Property(property).CurrentValue!;
        }

        if (entry.State != EntityState.Added)
        {
            yield return (T)entry.Property(property).OriginalValue!;
        }
    }

    // The rail shows the newest few live stories: a change matters to it only if the story is, or
    // was, at least as new as the oldest story on it.
    private static async Task<bool> TouchesLatestAsync(BylineDb db, List<DateTime?> times, DateTime now, CancellationToken ct)
    {
        var oldestOnRail = await db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published && s.PublishedAt <= now)
            .OrderByDescending(s => s.PublishedAt).Skip(Site.SiteChrome.LatestCount - 1).Select(s => s.PublishedAt).FirstOrDefaultAsync(ct);
        return oldestOnRail is null || times.Any(t => t >= oldestOnRail);
    }
}
