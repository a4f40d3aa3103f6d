using Byline.Text.Analysis;

namespace Byline.Intelligence;

// What related stories are worked out from: which entities each story names, how many stories name
// each entity, and the published stories with their signatures. Read from the database a few rows
// at a time when one story is saved; held in memory when a whole archive is done at once
// (`byline analyze`), where a dozen queries per story would take most of the time. Both answer
// alike, in the same order, so a story's related stories do not depend on which one was used.
internal abstract class RelatedSource
{
    // How many stories have been analysed: the "document count" of the weights.
    public abstract int Archive { get; }

    // The story's entities, by id.
    public abstract Task<List<(int EntityId, EntityKind Kind)>> EntitiesOfAsync(int storyId, CancellationToken ct);

    // How many stories name each of these entities.
    public abstract Task<Dictionary<int, int>> StoryCountsAsync(List<int> entityIds, CancellationToken ct);

    // The newest stories naming the entity, other than the one given.
    public abstract Task<List<int>> NewestNamingAsync(int entityId, int except, int take, CancellationToken ct);

    // Those of the stories that are published, in the order asked for.
    public abstract Task<List<RelatedCandidate>> PublishedAsync(List<int> storyIds, CancellationToken ct);
}

internal sealed record RelatedCandidate(int Id, DateTime? PublishedAt, byte[]? Signature);

internal sealed class DatabaseSource(BylineDb db, int archive) : RelatedSource
{
    public override int Archive => archive;

    public override async Task<List<(int EntityId, EntityKind Kind)>> EntitiesOfAsync(int storyId, CancellationToken ct) =>
        (await db.StoryEntities.AsNoTracking().Where(l => l.StoryId == storyId && l.Entity!.Review != EntityReview.Rejected).OrderBy(l => l.EntityId)
            .Select(l => new { l.EntityId, l.Entity!.Kind }).ToListAsync(ct)).ConvertAll(l => (l.EntityId, l.Kind));

    public override async Task<Dictionary<int, int>> StoryCountsAsync(List<int> entityIds, CancellationToken ct) =>
        entityIds.Count == 0 ? [] : await db.StoryEntities.Where(l => entityIds.Contains(l.EntityId))
            .GroupBy(l => l.EntityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public override Task<List<int>> NewestNamingAsync(int entityId, int except, int take, CancellationToken ct) =>
        db.StoryEntities.Where(l => l.EntityId == entityId && l.StoryId != except)
            .OrderByDescending(l => l.StoryId).Take(take).Select(l => l.StoryId).ToListAsync(ct);

    public override async Task<List<RelatedCandidate>> PublishedAsync(List<int> storyIds, CancellationToken ct)
    {
        var rows = await db.Stories.AsNoTracking().Where(s => storyIds.Contains(s.Id) && s.Status == StoryStatus.Published)
            .Select(s => new RelatedCandidate(
                s.Id,
                s.PublishedAt,
                db.Set<StoryAnalysisRecord>().Where(r => r.StoryId == s.Id).Select(r => r.Signature).FirstOrDefault()))
            .ToDictionaryAsync(c => c.Id, ct);
        return [.. storyIds.Where(rows.ContainsKey).Select(id => rows[id])];
    }
}

// The whole archive's links, read in three queries: about 24 pairs of ints a story, and a
// signature of 256 bytes a published story (some 60 MB at 100,000 stories).
internal sealed class ArchiveSnapshot : RelatedSource
{
    private readonly Dictionary<int, List<(int EntityId, EntityKind Kind)>> _entitiesOf = [];
    private readonly Dictionary<int, List<int>> _storiesOf = [];
    private readonly Dictionary<int, RelatedCandidate> _published = [];
    private int _archive;

    public override int Archive => _archive;

    public static async Task<ArchiveSnapshot> LoadAsync(BylineDb db, CancellationToken ct)
    {
        var snapshot = new ArchiveSnapshot { _archive = Math.Max(1, await db.Set<StoryAnalysisRecord>().CountAsync(ct)) };
        // A rejected entity relates nothing: its links are left out.
        var kinds = await db.Entities.AsNoTracking().Where(e => e.Review != EntityReview.Rejected).Select(e => new { e.Id, e.Kind }).ToDictionaryAsync(e => e.Id, e => e.Kind, ct);
        await foreach (var link in db.StoryEntities.AsNoTracking().OrderBy(l => l.StoryId).ThenBy(l => l.EntityId)
            .Select(l => new { l.StoryId, l.EntityId }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!kinds.TryGetValue(link.EntityId, out var kind))
            {
                continue;
            }

            if (!snapshot._entitiesOf.TryGetValue(link.StoryId, out var entities))
            {
                snapshot._entitiesOf[link.StoryId] = entities = [];
            }

            entities.Add((link.EntityId, kind));
            if (!snapshot._storiesOf.TryGetValue(link.EntityId, out var stories))
            {
                snapshot._storiesOf[link.EntityId] = stories = [];
            }

            stories.Add(link.StoryId);
        }

        var signatures = db.Set<StoryAnalysisRecord>().AsNoTracking();
        await foreach (var story in db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published)
            .Select(s => new RelatedCandidate(s.Id, s.PublishedAt, signatures.Where(r => r.StoryId == s.Id).Select(r => r.Signature).FirstOrDefault()))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            snapshot._published[story.Id] = story;
        }

        return snapshot;
    }

    public override Task<List<(int EntityId, EntityKind Kind)>> EntitiesOfAsync(int storyId, CancellationToken ct) =>
        Task.FromResult(_entitiesOf.TryGetValue(storyId, out var entities) ? entities : []);

    public override Task<Dictionary<int, int>> StoryCountsAsync(List<int> entityIds, CancellationToken ct) =>
        Task.FromResult(entityIds.Distinct().Where(_storiesOf.ContainsKey).ToDictionary(id => id, id => _storiesOf[id].Count));

    // Each entity's stories were read in ascending order, so the newest are at the end.
    public override Task<List<int>> NewestNamingAsync(int entityId, int except, int take, CancellationToken ct)
    {
        var newest = new List<int>(take);
        if (_storiesOf.TryGetValue(entityId, out var stories))
        {
            for (var i = stories.Count - 1; i >= 0 && newest.Count < take; i--)
            {
                if (stories[i] != except)
                {
                    newest.Add(stories[i]);
                }
            }
        }

        return Task.FromResult(newest);
    }

    public override Task<List<RelatedCandidate>> PublishedAsync(List<int> storyIds, CancellationToken ct) =>
        Task.FromResult(storyIds.Where(_published.ContainsKey).Select(id => _published[id]).ToList());
}
