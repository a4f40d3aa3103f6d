using Byline.Text.Analysis;

namespace Byline.Intelligence;

// Writes what the analysis found in a batch of stories into the change tracker: each entity found
// by its key (one row for "Anwar Ibrahim" however many stories name him, an editor's merge and
// split respected), the story's entity links and quotes replaced. A rejected entity stays linked and
// is hidden wherever it would show, so that restoring it needs no re-analysis. Entities first met in this
// batch are shared between its stories before they are saved, so a batch never makes one twice.
// PrepareAsync reads what the whole batch will look up in a few queries (nothing the batch writes is
// saved before its end, so these are the rows each story's own queries would find).
internal sealed class StoryAnalysisWriter(BylineDb db, DateTime now)
{
    // The first slugs tried for a new entity, looked up by the index: "name", "name-2" ... "name-9".
    private const int SlugsTried = 9;

    private readonly Dictionary<(EntityKind, string), NamedEntity?> _entities = [];
    private readonly HashSet<(EntityKind, string)> _slugs = [];
    private readonly Dictionary<(EntityKind, string), EntityKey> _keys = [];
    private readonly HashSet<string> _keysRead = [];
    private readonly HashSet<(EntityKind, string)> _slugsTaken = [];
    private readonly HashSet<(EntityKind, string)> _slugsRead = [];
    // Every kind, named in each lookup: the indexes on keys and slugs lead with the kind, and SQLite
    // reads the whole table for a key or slug alone.
    private static readonly List<EntityKind> Kinds = [.. Enum.GetValues<EntityKind>()];

    private ILookup<int, StoryEntity>? _links;
    private ILookup<int, StoryQuote>? _quotes;

    public async Task PrepareAsync(IReadOnlyList<(int StoryId, StoryAnalysis Analysis)> batch, CancellationToken ct)
    {
        var ids = batch.Select(b => b.StoryId).ToList();
        _links = (await db.Set<StoryEntity>().Where(l => ids.Contains(l.StoryId)).ToListAsync(ct)).ToLookup(l => l.StoryId);
        _quotes = (await db.Set<StoryQuote>().Where(q => ids.Contains(q.StoryId)).ToListAsync(ct)).ToLookup(q => q.StoryId);

        var entities = batch.SelectMany(b => b.Analysis.Entities).ToList();
        var keys = entities.Select(EntityKeys.Of).Concat(entities.Where(e => e.Place is not null).Select(e => EntityKeys.Of(e.Name)))
            .Concat(batch.SelectMany(b => b.Analysis.Entities.Select(e => EntityKeys.InStory(b.StoryId, EntityKeys.Of(e)))))
            .Where(k => !_keysRead.Contains(k)).Distinct().ToList();
        foreach (var row in await db.Set<EntityKey>().Where(k => Kinds.Contains(k.Kind) && keys.Contains(k.Key)).Include(k => k.Entity).ToListAsync(ct))
        {
            _keys[(row.Kind, row.Key)] = row;
        }

        _keysRead.UnionWith(keys);
        var wanted = entities.Where(e => !_keys.ContainsKey((e.Kind, EntityKeys.Of(e))))
            .Select(e => (e.Kind, Slug: StoryIntelligence.SlugFor(e.Name))).Where(w => !_slugsRead.Contains(w)).Distinct().ToList();
        var tried = wanted.SelectMany(w => SlugsFor(w.Slug)).Distinct().ToList();
        foreach (var taken in await db.Set<NamedEntity>().Where(e => Kinds.Contains(e.Kind) && tried.Contains(e.Slug)).Select(e => new { e.Kind, e.Slug }).ToListAsync(ct))
        {
            _slugsTaken.Add((taken.Kind, taken.Slug));
        }

        _slugsRead.UnionWith(wanted);
    }

    public async Task WriteAsync(int storyId, StoryAnalysis analysis, CancellationToken ct)
    {
        var found = new List<(Entity Found, NamedEntity Stored)>();
        await LoadAsync(storyId, analysis.Entities, ct);
        foreach (var entity in analysis.Entities)
        {
            var key = EntityKeys.Of(entity);
            if ((_entities.GetValueOrDefault((entity.Kind, EntityKeys.InStory(storyId, key))) ?? _entities.GetValueOrDefault((entity.Kind, key))) is not { } stored)
            {
                stored = await CreateAsync(entity, ct);
            }

            if (found.All(f => f.Stored != stored))
            {
                found.Add((entity, stored));
                Refresh(stored, entity);
            }
        }

        var links = _links is not null ? [.. _links[storyId]] : await db.Set<StoryEntity>().Where(l => l.StoryId == storyId).ToListAsync(ct);
        foreach (var link in links.Where(l => found.All(f => f.Stored.Id != l.EntityId || f.Stored.Id == 0)))
        {
            db.Remove(link);
        }

        foreach (var (entity, stored) in found)
        {
            var link = links.Find(l => l.EntityId == stored.Id && stored.Id != 0);
            if (link is null)
            {
                link = new StoryEntity { StoryId = storyId, Entity = stored };
                db.Add(link);
            }

            link.Mentions = entity.Mentions;
            link.FirstParagraph = entity.FirstParagraph;
            link.Forms = Forms(entity.Forms);
        }

        // Removed through the tracker, not in one statement, so that the pages showing them are evicted.
        db.RemoveRange(_quotes is not null ? [.. _quotes[storyId]] : await db.Set<StoryQuote>().Where(q => q.StoryId == storyId).ToListAsync(ct));
        var speakers = found.Where(f => f.Found.Kind != EntityKind.Place)
            .GroupBy(f => EntityKeys.Of(f.Found.Name)).ToDictionary(g => g.Key, g => g.First().Stored);
        var position = 0;
        foreach (var quote in analysis.Quotes)
        {
            db.Add(new StoryQuote
            {
                StoryId = storyId,
                Position = position++,
                Text = Cut(quote.Text, StoryQuote.MaxTextLength),
                Speaker = quote.Speaker is null ? null : Cut(quote.Speaker, NamedEntity.MaxNameLength + 40),
                SpeakerEntity = quote.Speaker is null ? null : speakers.GetValueOrDefault(EntityKeys.Of(quote.Speaker)),
                Mention = quote.Mention is null ? null : Cut(quote.Mention, 200),
                Cue = quote.Cue is null ? null : Cut(quote.Cue, 100),
                Paragraph = quote.Paragraph,
                IsFragment = quote.IsFragment,
                Continues = quote.Continues,
            });
        }
    }

    // One query for the keys of a story's entities that this batch has not met yet, with what an
    // editor's split decided for this story.
    private async Task LoadAsync(int? storyId, IReadOnlyList<Entity> entities, CancellationToken ct)
    {
        var wanted = entities.Select(e => (e.Kind, Key: EntityKeys.Of(e)));
        if (storyId is int id)
        {
            wanted = wanted.Concat(wanted.Select(k => (k.Kind, EntityKeys.InStory(id, k.Key))));
        }

        var missing = wanted.Where(k => !_entities.ContainsKey(k)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var unread = missing.Select(m => m.Key).Where(k => !_keysRead.Contains(k)).Distinct().ToList();
        if (unread.Count > 0)
        {
            foreach (var row in await db.Set<EntityKey>().Where(k => Kinds.Contains(k.Kind) && unread.Contains(k.Key)).Include(k => k.Entity).ToListAsync(ct))
            {
                _keys[(row.Kind, row.Key)] = row;
            }

            _keysRead.UnionWith(unread);
        }

        foreach (var key in missing)
        {
            _entities[key] = _keys.GetValueOrDefault(key)?.Entity;
        }
    }

    private async Task<NamedEntity> CreateAsync(Entity entity, CancellationToken ct)
    {
        var stored = new NamedEntity
        {
            Kind = entity.Kind,
            Name = Cut(entity.Name, NamedEntity.MaxNameLength),
            Slug = await FreeSlugAsync(entity.Kind, StoryIntelligence.SlugFor(entity.Name), ct),
            Description = entity.Description is null ? null : Cut(entity.Description, 300),
            GeoNameId = entity.Place?.GeoNameId,
            CountryCode = entity.Place?.CountryCode,
            Latitude = entity.Place?.Latitude,
            Longitude = entity.Place?.Longitude,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(stored);
        var key = EntityKeys.Of(entity);
        db.Add(new EntityKey { Kind = entity.Kind, Key = key, Entity = stored });
        _entities[(entity.Kind, key)] = stored;

        // A place is also found by its name, so that an editor's merge by name reaches it.
        if (entity.Place is not null && EntityKeys.Of(entity.Name) is var byName && !_entities.ContainsKey((entity.Kind, byName)))
        {
            await LoadAsync(null, [entity with { Place = null }], ct);
            if (_entities.GetValueOrDefault((entity.Kind, byName)) is null)
            {
                db.Add(new EntityKey { Kind = entity.Kind, Key = byName, Entity = stored });
                _entities[(entity.Kind, byName)] = stored;
            }
        }

        return stored;
    }

    // What the stories say of an entity an editor has not vouched for: a description once one is given.
    private void Refresh(NamedEntity stored, Entity entity)
    {
        if (stored.Review == EntityReview.Found && stored.Description is null && entity.Description is { Length: > 0 } description)
        {
            stored.Description = Cut(description, 300);
            stored.UpdatedAt = now;
        }
    }

    // The first of "name", "name-2", "name-3" ... neither stored nor given out in this batch.
    private async Task<string> FreeSlugAsync(EntityKind kind, string wanted, CancellationToken ct)
    {
        if (!_slugsRead.Contains((kind, wanted)))
        {
            var tried = SlugsFor(wanted);
            foreach (var stored in await db.Set<NamedEntity>().Where(e => e.Kind == kind && tried.Contains(e.Slug)).Select(e => e.Slug).ToListAsync(ct))
            {
                _slugsTaken.Add((kind, stored));
            }

            _slugsRead.Add((kind, wanted));
        }

        if (SlugsFor(wanted).FirstOrDefault(s => !_slugsTaken.Contains((kind, s)) && !_slugs.Contains((kind, s))) is { } free)
        {
            _slugs.Add((kind, free));
            return free;
        }

        // All of those are taken: every slug of the name's family, which reads the whole table, but rarely.
        var slug = await StoryIntelligence.FreeSlugAsync(db, kind, wanted, s => _slugs.Contains((kind, s)), ct);
        _slugs.Add((kind, slug));
        return slug;
    }

    private static List<string> SlugsFor(string wanted) => [wanted, .. Enumerable.Range(2, SlugsTried - 1).Select(n => $"{wanted}-{n}")];

    private static string Forms(IReadOnlyList<string> forms)
    {
        var joined = string.Join(" | ", forms);
        return Cut(joined, 1000);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
