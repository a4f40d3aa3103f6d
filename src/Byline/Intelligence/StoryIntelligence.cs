using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Byline.Content;
using Byline.Text;
using Byline.Text.Analysis;

namespace Byline.Intelligence;

// Keeps each story's quotes, entities and related stories in step with its text. Every save of a
// story runs it inside the save's transaction (BylineDb.SaveChangesAsync), as the search index is
// kept; `byline analyze` runs it over the archive. A story whose text and the rules are as they were
// at its last analysis is skipped, so saving an unchanged story, or analysing twice, changes nothing.
public static class StoryIntelligence
{
    // Raised whenever the rules change what they find, so that `byline analyze` redoes every story.
    public const int RulesVersion = 3;

    private const int Batch = 100;

    // Analyses the stories, then works out their related stories against the whole archive.
    public static async Task<int> RefreshAsync(BylineDb db, IReadOnlyCollection<int> storyIds, TimeProvider time, bool force, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var analysed = await AnalyseAsync(db, storyIds, time, force, ct);
        AnalysisMetrics.RecordAnalysis(started);
        started = Stopwatch.GetTimestamp();
        await RelatedStories.RefreshAsync(db, analysed, ct);
        AnalysisMetrics.RecordRelated(started);
        return analysed.Count;
    }

    // The stories' quotes and entities, in batches; the ids of those whose analysis changed. The
    // reading is pure and takes most of the time: both cores do it, the next batch's while this
    // one's is written (the writing is one at a time, on the one context).
    // alone: the context is the analysis's own (`byline analyze`), so it lets go of everything after
    // each batch; a caller's context keeps what it tracks.
    public static async Task<List<int>> AnalyseAsync(BylineDb db, IReadOnlyCollection<int> storyIds, TimeProvider time, bool force, CancellationToken ct, Action<int>? progress = null, bool alone = false)
    {
        var analysed = new List<int>();
        Task<List<Reading>>? reading = null;
        foreach (var chunk in storyIds.Distinct().Chunk(Batch).Append([]))
        {
            var next = chunk.Length == 0 ? null : await StartReadingAsync(db, chunk, force, ct);
            if (reading is not null)
            {
                await WriteAsync(db, await reading, time.GetUtcNow().UtcDateTime, analysed, ct);
                if (alone)
                {
                    // Or every later save looks over every entity read so far.
                    db.ChangeTracker.Clear();
                }

                progress?.Invoke((await reading).Count);
            }

            reading = next;
        }

        return analysed;
    }

    private sealed record Reading(int Id, StoryText Text, string Hash, StoryAnalysis? Analysis, StoryAnalysisRecord? Last);

    private static async Task<Task<List<Reading>>> StartReadingAsync(BylineDb db, int[] chunk, bool force, CancellationToken ct)
    {
        var stories = await db.Stories.AsNoTracking().Where(s => chunk.Contains(s.Id))
            .Select(s => new StorySource(s.Id, s.Headline, s.Dek, s.Dateline, s.BodyHtml, s.FeaturedImage == null ? null : s.FeaturedImage.Caption))
            .ToListAsync(ct);
        // Not tracked: the batch before is saved, and its records let go of, while these are read.
        var records = await db.Set<StoryAnalysisRecord>().AsNoTracking().Where(r => chunk.Contains(r.StoryId)).ToDictionaryAsync(r => r.StoryId, ct);
        return Task.Run(() => stories.AsParallel().AsOrdered().WithCancellation(ct).Select(story =>
        {
            var text = TextOf(story);
            var hash = Hash(text);
            var last = records.GetValueOrDefault(story.Id);
            var unchanged = !force && last is not null && last.ContentHash == hash && last.RulesVersion == RulesVersion;
            return new Reading(story.Id, text, hash, unchanged ? null : StoryAnalyzer.Analyze(text), last);
        }).ToList(), ct);
    }

    private static async Task WriteAsync(BylineDb db, List<Reading> read, DateTime now, List<int> analysed, CancellationToken ct)
    {
        var writer = new StoryAnalysisWriter(db, now);
        await writer.PrepareAsync([.. read.Where(r => r.Analysis is not null).Select(r => (r.Id, r.Analysis!))], ct);
        foreach (var (id, text, hash, analysis, last) in read)
        {
            if (analysis is null)
            {
                continue;
            }

            await writer.WriteAsync(id, analysis, ct);
            var record = db.Set<StoryAnalysisRecord>().Local.FindEntry(id)?.Entity
                ?? (last is null ? db.Add(new StoryAnalysisRecord { StoryId = id, ContentHash = hash }) : db.Attach(last)).Entity;
            record.ContentHash = hash;
            record.RulesVersion = RulesVersion;
            record.AnalyzedAt = now;
            record.Signature = Similarity.Signature(string.Join('\n', text.Paragraphs.Skip(1)));
            record.RelatedDone = false;
            analysed.Add(id);
        }

        await db.SaveAnalysisAsync(ct);
    }

    public sealed record StorySource(int Id, string Headline, string? Dek, string? Dateline, string BodyHtml, string? Caption);

    // The story as the analysis reads it: headline, dek, the body's paragraphs, the image caption.
    public static StoryText TextOf(StorySource story)
    {
        var body = BodyText.PlainText(story.BodyHtml).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return StoryText.From(story.Headline, story.Dek, body, story.Caption is { Length: > 0 } caption ? [caption] : null, story.Dateline);
    }

    private static string Hash(StoryText text)
    {
        var all = string.Join('\u001f', [text.Dateline ?? "", .. text.Paragraphs]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all)));
    }

    // The wanted slug, or the first of wanted-2, wanted-3... that no entity of the kind has.
    internal static async Task<string> FreeSlugAsync(BylineDb db, EntityKind kind, string wanted, Func<string, bool> alsoTaken, CancellationToken ct)
    {
        var taken = await db.Entities.Where(e => e.Kind == kind && (e.Slug == wanted || e.Slug.StartsWith(wanted + "-"))).Select(e => e.Slug).ToListAsync(ct);
        var slug = wanted;
        for (var n = 2; taken.Contains(slug) || alsoTaken(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }

    internal static string SlugFor(string name) => Slugs.Slugify(name, 100) is { Length: > 0 } slug ? slug : "entity";
}
