using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Byline.Search;

// Which stories a pending SaveChanges touches, as search sees them: the stories themselves, any row
// that belongs to a story (its bylines, its tags, its corrections), and every story of an author or
// tag that is renamed or deleted. Read before the save, because afterwards deleted rows are gone
// and the change tracker has forgotten what changed.
public sealed class SearchChanges
{
    private readonly HashSet<int> _storyIds = [];
    private readonly List<Story> _added = [];

    public bool IsEmpty => _storyIds.Count == 0 && _added.Count == 0;

    // New stories get their ids during the save, so they are read afterwards.
    public IReadOnlyCollection<int> StoryIds => [.. _storyIds, .. _added.Select(s => s.Id)];

    public static async Task<SearchChanges> CollectAsync(BylineDb db, CancellationToken cancellationToken)
    {
        var changes = new SearchChanges();
        var authorIds = new List<int>();
        var tagIds = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is SearchDocument)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Story story when entry.State == EntityState.Added:
                    changes._added.Add(story);
                    break;
                case Story story:
                    changes._storyIds.Add(story.Id);
                    break;
                case Author author when entry.State == EntityState.Deleted || entry.Property(nameof(Author.Name)).IsModified:
                    authorIds.Add(author.Id);
                    break;
                case Tag tag when entry.State == EntityState.Deleted || entry.Property(nameof(Tag.Name)).IsModified:
                    tagIds.Add(tag.Id);
                    break;
                default:
                    changes.AddOwningStory(entry);
                    break;
            }
        }

        if (authorIds.Count > 0)
        {
            changes._storyIds.UnionWith(await db.Set<StoryAuthor>().Where(b => authorIds.Contains(b.AuthorId)).Select(b => b.StoryId).ToListAsync(cancellationToken));
        }

        if (tagIds.Count > 0)
        {
            changes._storyIds.UnionWith(await db.Stories.Where(s => s.Tags.Any(t => tagIds.Contains(t.Id))).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        return changes;
    }

    // StoryAuthor, the StoryTags join (which has no class of its own) and Correction all point at
    // their story through a foreign key. A temporary key means the story is new, and so already counted.
    private void AddOwningStory(EntityEntry entry)
    {
        foreach (var key in entry.Metadata.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType == typeof(Story)))
        {
            var property = entry.Property(key.Properties[0].Name);
            if (!property.IsTemporary && property.CurrentValue is int id)
            {
                _storyIds.Add(id);
            }
        }
    }
}
