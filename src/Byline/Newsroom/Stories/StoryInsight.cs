using Byline.Intelligence;
using Byline.Text.Analysis;

namespace Byline.Newsroom.Stories;

// What the analysis of the saved story found, for the editor's side panel: who is quoted saying
// what, the people, organisations and places named, tags suggested from them, and a published
// story this one nearly repeats. Rejected entries are left out, as on the reader's pages.
public sealed record StoryInsight(
    IReadOnlyList<StoryInsight.Quote> Quotes,
    IReadOnlyList<StoryInsight.Named> Entities,
    IReadOnlyList<string> SuggestedTags,
    StoryInsight.Duplicate? NearDuplicate)
{
    public const int TagsSuggested = 8;
    private const int QuoteShown = 140;

    public sealed record Quote(string Text, string? Speaker, int? SpeakerId, string? Mention, int Paragraph)
    {
        // The speaker was worked out from words that do not name them ("he", "the minister"): worth a look.
        public bool Inferred => Speaker is not null && Mention is { Length: > 0 } mention
            && !Speaker.Split(' ').Any(word => word.Length > 2 && mention.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
    public sealed record Named(int Id, EntityKind Kind, string Name, int Mentions, int Quotes, EntityReview Review);
    public sealed record Duplicate(int Id, string Headline, double Score);

    public IEnumerable<Named> Of(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    public static async Task<StoryInsight> LoadAsync(BylineDb db, int storyId, string? tags, CancellationToken ct)
    {
        var entities = await db.StoryEntities.AsNoTracking().Where(l => l.StoryId == storyId && l.Entity!.Review != EntityReview.Rejected)
            .OrderByDescending(l => l.Mentions).ThenBy(l => l.FirstParagraph)
            .Select(l => new { l.EntityId, l.Entity!.Kind, l.Entity.Name, l.Mentions, l.Entity.Review })
            .ToListAsync(ct);
        var shown = entities.ToDictionary(e => e.EntityId);
        var quotes = (await db.StoryQuotes.AsNoTracking().Where(q => q.StoryId == storyId && !q.IsFragment).OrderBy(q => q.Position)
            .Select(q => new { q.Text, q.Speaker, q.SpeakerId, q.Mention, q.Paragraph })
            .ToListAsync(ct))
            .ConvertAll(q =>
            {
                // A rejected speaker is no speaker, as on the reader's pages.
                var speaker = q.SpeakerId is int id && shown.TryGetValue(id, out var entity) ? entity : null;
                return new Quote(InsightReads.Shorten(q.Text, QuoteShown), speaker?.Name, speaker?.EntityId, q.Mention, q.Paragraph);
            });
        var quoted = quotes.Where(q => q.SpeakerId is not null).GroupBy(q => q.SpeakerId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var named = entities.ConvertAll(e => new Named(e.EntityId, e.Kind, e.Name, e.Mentions, quoted.GetValueOrDefault(e.EntityId), e.Review));

        var record = await db.Set<StoryAnalysisRecord>().AsNoTracking().Where(r => r.StoryId == storyId && r.NearDuplicateOfId != null)
            .Select(r => new { r.NearDuplicateOfId, r.NearDuplicateScore }).FirstOrDefaultAsync(ct);
        var duplicate = record?.NearDuplicateOfId is int other
            ? await db.Stories.AsNoTracking().Where(s => s.Id == other).Select(s => new Duplicate(s.Id, s.Headline, record.NearDuplicateScore ?? 0)).FirstOrDefaultAsync(ct)
            : null;
        return new StoryInsight(quotes, named, Suggest(named, tags), duplicate);
    }

    // The names the story is about, as tags: those quoted or named more than once, the most
    // prominent of each kind in any case, and none the story is already tagged with.
    public static IReadOnlyList<string> Suggest(IReadOnlyList<Named> entities, string? tags)
    {
        var taken = (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EntityKeys.Of).ToHashSet();
        var leading = entities.GroupBy(e => e.Kind).Select(g => g.First());
        return [.. entities.Where(e => e.Quotes > 0 || e.Mentions > 1).Concat(leading)
            .OrderByDescending(e => e.Quotes).ThenByDescending(e => e.Mentions)
            .Select(e => e.Name).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => !taken.Contains(EntityKeys.Of(name)))
            .Take(TagsSuggested)];
    }
}
