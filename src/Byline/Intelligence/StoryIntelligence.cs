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
    public const int RulesVersion = 2;

    private const int Batch = 100;

    // Analyses the stories, then works out their related stories against the whole archive.
    public static async Task<int> RefreshAsync(BylineDb db, IReadOnlyCollection<int> storyIds, TimeProvider time, bool force, CancellationToken ct)
    {
        var analysed = await AnalyseAsync(db, storyIds, time, force, ct);
        await RelatedStories.RefreshAsync(db, analysed, ct);
        return analysed.Count;
    }

    // The stories' quotes and entities, in batches; the ids of those whose analysis changed.
    public static async Task<List<int>> AnalyseAsync(BylineDb db, IReadOnlyCollection<int> storyIds, TimeProvider time, bool force, CancellationToken ct, Action<int>? progress = null)
    {
        var analysed = new List<int>();
        foreach (var chunk in storyIds.Distinct().Chunk(Batch))
        {
            var now = time.GetUtcNow().UtcDateTime;
            var writer = new StoryAnalysisWriter(db, now);
            var stories = await db.Stories.AsNoTracking().Where(s => chunk.Contains(s.Id))
                .Select(s => new StorySource(s.Id, s.Headline, s.Dek, s.Dateline, s.BodyHtml, s.FeaturedImage == null ? null : s.FeaturedImage.Caption))
                .ToListAsync(ct);
            var records = await db.Set<StoryAnalysisRecord>().Where(r => chunk.Contains(r.StoryId)).ToDictionaryAsync(r => r.StoryId, ct);

            // The reading is pure and takes most of the time: both cores do it; the writing is one at a time.
            var read = stories.AsParallel().AsOrdered().Select(story =>
            {
                var text = TextOf(story);
                var hash = Hash(text);
                var unchanged = !force && records.TryGetValue(story.Id, out var last) && last.ContentHash == hash && last.RulesVersion == RulesVersion;
                return (story.Id, Text: text, Hash: hash, Analysis: unchanged ? null : StoryAnalyzer.Analyze(text));
            }).ToList();
            foreach (var (id, text, hash, analysis) in read)
            {
                if (analysis is null)
                {
                    continue;
                }

                await writer.WriteAsync(id, analysis, ct);
                if (!records.TryGetValue(id, out var record))
                {
                    record = db.Set<StoryAnalysisRecord>().Add(new StoryAnalysisRecord { StoryId = id, ContentHash = hash }).Entity;
                }

                record.ContentHash = hash;
                record.RulesVersion = RulesVersion;
                record.AnalyzedAt = now;
                record.Signature = Similarity.Signature(string.Join('\n', text.Paragraphs.Skip(1)));
                record.RelatedDone = false;
                analysed.Add(id);
            }

            await db.SaveAnalysisAsync(ct);
            progress?.Invoke(chunk.Length);
        }

        return analysed;
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
