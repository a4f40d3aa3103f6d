using Byline.Site;
using Byline.Text.Analysis;

namespace Byline.Intelligence;

// What an editor can do to a person, organisation or place the analysis found, staged in the
// change tracker for the caller to save (so the pages that show it are evicted and the change is
// audited). Each change is held in keys the analysis consults (EntityKey), so it sticks through
// every later analysis: a rename keeps the old name and address pointing here, a merge moves every
// form of one entity to the other, a split gives chosen forms, or chosen stories, their own entity.
public sealed class EntityEditing(BylineDb db, DateTime now)
{
    public sealed class RefusedException(string message) : Exception(message);

    // A new name, address and description; the entity is then vouched for.
    public async Task RenameAsync(NamedEntity entity, string name, string slug, string? description, CancellationToken ct)
    {
        var key = EntityKeys.Of(name);
        if (await OwnerOfAsync(entity.Kind, key, ct) is { } other && other.Id != entity.Id)
        {
            throw new RefusedException($"“{other.Name}” ({Urls.Entity(other.Kind, other.Slug)}) already goes by the name “{name}”. Merge the two instead.");
        }

        if (slug != entity.Slug)
        {
            if (await db.Entities.AnyAsync(e => e.Kind == entity.Kind && e.Slug == slug && e.Id != entity.Id, ct))
            {
                throw new RefusedException($"Another {InsightReads.Label(entity.Kind).ToLowerInvariant()} already has the address {Urls.Entity(entity.Kind, slug)}.");
            }

            await PointAsync(entity.Kind, EntityKeys.Slug(entity.Slug), entity, ct);
            await db.Set<EntityKey>().Where(k => k.Kind == entity.Kind && k.Key == EntityKeys.Slug(slug)).ForEachAsync(k => db.Remove(k), ct);
            entity.Slug = slug;
        }

        // The old name keeps leading here, so a story that still says it finds this entity (unless
        // it is another's too: two people of one name, split apart story by story).
        await ClaimAsync(entity.Kind, EntityKeys.Of(entity.Name), entity, ct);
        await PointAsync(entity.Kind, key, entity, ct);
        entity.Name = name;
        entity.Description = description;
        Vouch(entity);
    }

    public void Confirm(NamedEntity entity) => Vouch(entity);

    // Hidden from every page, feed and list; its links stay, so that restoring it is immediate.
    public void Reject(NamedEntity entity)
    {
        entity.Review = EntityReview.Rejected;
        entity.UpdatedAt = now;
    }

    public void Restore(NamedEntity entity)
    {
        entity.Review = EntityReview.Found;
        entity.UpdatedAt = now;
    }

    public async Task LinkAuthorAsync(NamedEntity entity, int? authorId, CancellationToken ct)
    {
        if (entity.Kind != EntityKind.Person)
        {
            throw new RefusedException("Only a person can be linked to an author profile.");
        }

        if (authorId is int id && !await db.Authors.AnyAsync(a => a.Id == id, ct))
        {
            throw new RefusedException("That author profile no longer exists.");
        }

        entity.AuthorId = authorId;
        Vouch(entity);
    }

    // Everything `from` was (its names, old addresses, story links and quotes) becomes `into`'s,
    // and `from` goes; its address redirects to `into`'s.
    public async Task MergeAsync(NamedEntity from, NamedEntity into, CancellationToken ct)
    {
        if (from.Id == into.Id)
        {
            throw new RefusedException("Choose another entry to merge this one into.");
        }

        if (from.Kind != into.Kind)
        {
            throw new RefusedException($"“{into.Name}” is {Article(into.Kind)}, “{from.Name}” {Article(from.Kind)}: only entries of one kind merge.");
        }

        if (into.Review == EntityReview.Rejected)
        {
            throw new RefusedException($"“{into.Name}” is rejected: restore it before merging into it.");
        }

        await db.Set<EntityKey>().Where(k => k.EntityId == from.Id).ForEachAsync(k => Pin(k, into), ct);
        await PointAsync(from.Kind, EntityKeys.Slug(from.Slug), into, ct);
        await ClaimAsync(from.Kind, EntityKeys.Of(from.Name), into, from, ct);

        var kept = await db.StoryEntities.Where(l => l.EntityId == into.Id).ToDictionaryAsync(l => l.StoryId, ct);
        foreach (var link in await db.StoryEntities.Where(l => l.EntityId == from.Id).ToListAsync(ct))
        {
            if (kept.TryGetValue(link.StoryId, out var other))
            {
                other.Mentions += link.Mentions;
                other.FirstParagraph = Math.Min(other.FirstParagraph, link.FirstParagraph);
                other.Forms = JoinForms(other.Forms, link.Forms);
            }
            else
            {
                db.Add(new StoryEntity { StoryId = link.StoryId, EntityId = into.Id, Mentions = link.Mentions, FirstParagraph = link.FirstParagraph, Forms = link.Forms });
            }

            db.Remove(link);
        }

        await db.StoryQuotes.Where(q => q.SpeakerId == from.Id).ForEachAsync(q => q.SpeakerId = into.Id, ct);
        into.Description ??= from.Description;
        into.AuthorId ??= from.AuthorId;
        Vouch(into);
        db.Remove(from);
    }

    // A new entity, under `name`, takes the chosen forms (wherever they appear) and the chosen
    // stories (whatever form they use there), with their links and quotes.
    public async Task<NamedEntity> SplitAsync(NamedEntity entity, string name, IReadOnlyCollection<string> forms, IReadOnlyCollection<int> storyIds, CancellationToken ct)
    {
        var keys = await db.Set<EntityKey>().Where(k => k.EntityId == entity.Id).ToListAsync(ct);
        var moving = keys.Where(k => EntityKeys.IsName(k.Key) && forms.Contains(k.Key)).ToList();
        var links = await db.StoryEntities.Where(l => l.EntityId == entity.Id).ToListAsync(ct);
        var stories = links.Where(l => storyIds.Contains(l.StoryId)).ToList();
        if (moving.Count == 0 && stories.Count == 0)
        {
            throw new RefusedException("Choose the names or the stories that belong to the new entry.");
        }

        if (moving.Count == keys.Count(k => EntityKeys.IsName(k.Key)) && stories.Count == links.Count)
        {
            throw new RefusedException("That would move everything: rename this entry instead.");
        }

        var key = EntityKeys.Of(name);
        var owner = await OwnerOfAsync(entity.Kind, key, ct);
        if (owner is not null && owner.Id != entity.Id)
        {
            throw new RefusedException($"“{owner.Name}” ({Urls.Entity(owner.Kind, owner.Slug)}) already goes by the name “{name}”. Merge into it instead.");
        }

        var split = new NamedEntity
        {
            Kind = entity.Kind,
            Name = name,
            Slug = await StoryIntelligence.FreeSlugAsync(db, entity.Kind, StoryIntelligence.SlugFor(name), _ => false, ct),
            Review = EntityReview.Confirmed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(split);
        foreach (var form in moving)
        {
            Pin(form, split);
        }

        // The new name leads to it unless it is also the old entry's (two people of one name,
        // told apart story by story).
        if (owner is null || moving.Any(k => k.Key == key))
        {
            await PointAsync(entity.Kind, key, split, ct);
        }

        var splitKeys = moving.ConvertAll(k => k.Key);
        foreach (var link in links)
        {
            var chosen = stories.Contains(link);
            if (!chosen && !FormsOf(link).Any(splitKeys.Contains))
            {
                continue;
            }

            if (chosen)
            {
                // This story's forms mean the new entity here alone; elsewhere they keep their meaning.
                foreach (var form in FormsOf(link).Append(EntityKeys.Of(entity.Name)).Distinct())
                {
                    await PointAsync(entity.Kind, EntityKeys.InStory(link.StoryId, form), split, ct);
                }
            }

            db.Add(new StoryEntity { StoryId = link.StoryId, EntityId = 0, Entity = split, Mentions = link.Mentions, FirstParagraph = link.FirstParagraph, Forms = link.Forms });
            db.Remove(link);
            await db.StoryQuotes.Where(q => q.StoryId == link.StoryId && q.SpeakerId == entity.Id).ForEachAsync(q => { q.SpeakerId = null; q.SpeakerEntity = split; }, ct);
        }

        Vouch(entity);
        return split;
    }

    // What is wrong with a name typed for an entry, or null.
    public static string? Problem(string? name) => name is null ? "Give a name." : name.Length > NamedEntity.MaxNameLength ? $"The name is too long: at most {NamedEntity.MaxNameLength} characters." : null;

    private static IEnumerable<string> FormsOf(StoryEntity link) =>
        link.Forms.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EntityKeys.Of);

    private static string JoinForms(string a, string b)
    {
        var forms = a.Split(" | ", StringSplitOptions.RemoveEmptyEntries).Concat(b.Split(" | ", StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase);
        var joined = string.Join(" | ", forms);
        return joined.Length <= 1000 ? joined : joined[..1000];
    }

    private async Task<NamedEntity?> OwnerOfAsync(EntityKind kind, string key, CancellationToken ct) =>
        await db.Set<EntityKey>().Where(k => k.Kind == kind && k.Key == key).Select(k => k.Entity).FirstOrDefaultAsync(ct);

    // The key leads to the entity from now on, pinned, whether it existed or not.
    private async Task PointAsync(EntityKind kind, string key, NamedEntity entity, CancellationToken ct)
    {
        var row = db.ChangeTracker.Entries<EntityKey>().Select(e => e.Entity).FirstOrDefault(k => k.Kind == kind && k.Key == key)
            ?? await db.Set<EntityKey>().FirstOrDefaultAsync(k => k.Kind == kind && k.Key == key, ct);
        if (row is null)
        {
            db.Add(new EntityKey { Kind = kind, Key = key, Entity = entity, Pinned = true });
            return;
        }

        Pin(row, entity);
    }

    // The key leads to the entity from now on when it leads nowhere yet, or to one of these.
    private async Task ClaimAsync(EntityKind kind, string key, NamedEntity entity, CancellationToken ct) => await ClaimAsync(kind, key, entity, entity, ct);

    private async Task ClaimAsync(EntityKind kind, string key, NamedEntity entity, NamedEntity previous, CancellationToken ct)
    {
        var owner = await OwnerOfAsync(kind, key, ct);
        if (owner is null || owner.Id == entity.Id || owner.Id == previous.Id)
        {
            await PointAsync(kind, key, entity, ct);
        }
    }

    private static void Pin(EntityKey key, NamedEntity entity)
    {
        if (entity.Id == 0)
        {
            key.Entity = entity;
        }
        else
        {
            key.EntityId = entity.Id;
        }

        key.Pinned = true;
    }

    private void Vouch(NamedEntity entity)
    {
        if (entity.Review != EntityReview.Rejected)
        {
            entity.Review = EntityReview.Confirmed;
        }

        entity.UpdatedAt = now;
    }

    private static string Article(EntityKind kind) => kind switch
    {
        EntityKind.Person => "a person",
        EntityKind.Organisation => "an organisation",
        _ => "a place",
    };
}
