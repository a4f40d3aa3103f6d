namespace Byline.Intelligence;

// Related stories, worked out when a story is saved and never at read time. Candidates are the
// stories that share its people, organisations and places, each shared entity weighted by how rare
// it is in the archive (a minister named in one story in a hundred says more than "London"); text
// similarity (Similarity) then adds to the score. A candidate whose text nearly repeats the story's
// is its near-duplicate (a rewrite, an update filed as a new story): the editor is told of it, and
// it is not shown to readers as related.
public static class RelatedStories
{
    public const int Shown = 5;
    public const double NearDuplicate = 0.5;

    // A related story shares at least this share of what the story names (by weight), and a person
    // or two names at least, unless their texts are alike: one party or city in common is no relation.
    public const double Least = 0.2;

    // Entities read for candidates, rarest first; stories read per entity, newest first.
    private const int EntitiesRead = 12;
    private const int StoriesPerEntity = 300;
    private const int Scored = 40;

    // Refreshing this share of the archive or more, the archive is read into memory once.
    private const int SnapshotShare = 20;

    public static Task RefreshAsync(BylineDb db, IReadOnlyCollection<int> storyIds, CancellationToken ct, Action<int>? progress = null) =>
        RefreshAsync(db, storyIds, snapshot: null, ct, progress);

    // snapshot: null to decide by how much of the archive is refreshed; true or false to say.
    internal static async Task RefreshAsync(BylineDb db, IReadOnlyCollection<int> storyIds, bool? snapshot, CancellationToken ct, Action<int>? progress = null)
    {
        if (storyIds.Count == 0)
        {
            return;
        }

        var archive = Math.Max(1, await db.Set<StoryAnalysisRecord>().CountAsync(ct));
        RelatedSource source = snapshot ?? storyIds.Count * SnapshotShare >= archive
            ? await ArchiveSnapshot.LoadAsync(db, ct)
            : new DatabaseSource(db, archive);
        foreach (var chunk in storyIds.Distinct().Chunk(100))
        {
            var records = await db.Set<StoryAnalysisRecord>().Where(r => chunk.Contains(r.StoryId)).ToListAsync(ct);
            var existing = (await db.Set<RelatedStory>().Where(r => chunk.Contains(r.StoryId)).ToListAsync(ct)).ToLookup(r => r.StoryId);
            foreach (var record in records)
            {
                await ComputeAsync(db, source, record, [.. existing[record.StoryId]], ct);
            }

            await db.SaveAnalysisAsync(ct);
            progress?.Invoke(chunk.Length);
        }
    }

    private static async Task ComputeAsync(BylineDb db, RelatedSource source, StoryAnalysisRecord record, List<RelatedStory> existing, CancellationToken ct)
    {
        var id = record.StoryId;
        var archive = source.Archive;
        var own = await source.EntitiesOfAsync(id, ct);
        var people = own.Where(o => o.Kind == Text.Analysis.EntityKind.Person).Select(o => o.EntityId).ToHashSet();
        var frequency = await source.StoryCountsAsync(own.ConvertAll(o => o.EntityId), ct);
        var weights = own.ToDictionary(o => o.EntityId, o => Math.Log(1.0 + (archive / (double)Math.Max(1, frequency.GetValueOrDefault(o.EntityId)))));
        var scores = new Dictionary<int, double>();
        var shared = new Dictionary<int, (int Count, bool Person)>();
        foreach (var entity in weights.OrderByDescending(w => w.Value).Take(EntitiesRead))
        {
            foreach (var story in await source.NewestNamingAsync(entity.Key, id, StoriesPerEntity, ct))
            {
                scores[story] = scores.GetValueOrDefault(story) + entity.Value;
                var (count, person) = shared.GetValueOrDefault(story);
                shared[story] = (count + 1, person || people.Contains(entity.Key));
            }
        }

        var total = Math.Max(weights.Values.Sum(), 1e-9);
        var best = scores.OrderByDescending(s => s.Value).ThenByDescending(s => s.Key).Take(Scored).Select(s => s.Key).ToList();
        var candidates = await source.PublishedAsync(best, ct);

        var ranked = new List<(int Id, double Score, DateTime? PublishedAt)>();
        (int Id, double Similar)? duplicate = null;
        foreach (var candidate in candidates)
        {
            var similar = candidate.Signature is null ? 0 : Similarity.Estimate(record.Signature, candidate.Signature);
            if (similar >= NearDuplicate)
            {
                if (duplicate is null || similar > duplicate.Value.Similar)
                {
                    duplicate = (candidate.Id, similar);
                }

                continue;
            }

            var score = (scores[candidate.Id] / total) + similar;
            var (count, person) = shared[candidate.Id];
            if (score >= Least && (count >= 2 || person || similar >= 0.1))
            {
                ranked.Add((candidate.Id, score, candidate.PublishedAt));
            }
        }

        var shown = ranked.OrderByDescending(r => r.Score).ThenByDescending(r => r.PublishedAt).Take(Shown).ToList();
        for (var rank = 0; rank < shown.Count; rank++)
        {
            var row = existing.Find(e => e.RelatedStoryId == shown[rank].Id);
            if (row is null)
            {
                db.Add(new RelatedStory { StoryId = id, RelatedStoryId = shown[rank].Id, Rank = rank, Score = Math.Round(shown[rank].Score, 4) });
                continue;
            }

            existing.Remove(row);
            if (row.Rank != rank)
            {
                row.Rank = rank;
            }

            row.Score = Math.Round(shown[rank].Score, 4);
        }

        db.RemoveRange(existing);
        record.NearDuplicateOfId = duplicate?.Id;
        record.NearDuplicateScore = duplicate is { } d ? Math.Round(d.Similar, 3) : null;
        record.RelatedDone = true;
    }
}
