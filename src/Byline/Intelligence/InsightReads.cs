using Byline.Content;
using Byline.Caching;
using Byline.Site;
using Byline.Site.Views;
using Byline.Text.Analysis;

namespace Byline.Intelligence;

// What the reader's pages show of the analysis: a story's people, organisations and places, its
// quotes with their speakers and its related stories; and an entity's page. Only published stories
// are read, so a name that appears only in drafts has no page.
public static class InsightReads
{
    public const int QuotesShown = 8;
    private const int QuoteLength = 280;

    public static async Task<(StoryInsightView View, List<string> Shows)> ForStoryAsync(BylineDb db, int storyId, PublicationClock clock, DateTime now, CancellationToken ct)
    {
        // Rejected entities are read too, though not shown: restoring one changes this page.
        var all = await db.StoryEntities.AsNoTracking()
            .Where(l => l.StoryId == storyId)
            .OrderBy(l => l.FirstParagraph).ThenByDescending(l => l.Mentions)
            .Select(l => new { l.EntityId, l.Entity!.Kind, l.Entity.Name, l.Entity.Slug, l.Entity.Description, l.Mentions, l.Entity.Review })
            .ToListAsync(ct);
        var links = all.FindAll(l => l.Review != EntityReview.Rejected);
        var rejected = all.Where(l => l.Review == EntityReview.Rejected).Select(l => l.EntityId).ToHashSet();
        var quotes = await db.StoryQuotes.AsNoTracking().Where(q => q.StoryId == storyId).OrderBy(q => q.Position)
            .Select(q => new { q.Text, q.Speaker, q.SpeakerId, q.IsFragment, q.Continues })
            .ToListAsync(ct);
        var relatedIds = await db.RelatedStories.AsNoTracking().Where(r => r.StoryId == storyId).Select(r => r.RelatedStoryId).ToListAsync(ct);
        var related = relatedIds.Count == 0 ? [] : await db.Stories.AsNoTracking().Live(now).Where(s => relatedIds.Contains(s.Id))
            .ToCardsAsync(db.MediaAssets, clock, 0, RelatedStories.Shown, ct);

        var byId = links.ToDictionary(l => l.EntityId);
        var quoted = quotes.Where(q => q.SpeakerId is not null).GroupBy(q => q.SpeakerId!.Value).ToDictionary(g => g.Key, g => g.Count());
        EntityLink Link(int id) => byId[id] switch { var l => new EntityLink(Kind(l.Kind), l.Name, Urls.Entity(l.Kind, l.Slug), l.Description, l.Mentions, quoted.GetValueOrDefault(id)) };
        List<EntityLink> Of(EntityKind kind) => [.. links.Where(l => l.Kind == kind).Select(l => Link(l.EntityId))];

        // Quotes shown whole, each stretch of speech once: a run-on paragraph joins the quote it carries on.
        var shown = new List<QuoteView>();
        foreach (var quote in quotes.Where(q => !q.IsFragment && !q.Continues).Take(QuotesShown))
        {
            var speaker = quote.SpeakerId is { } id && byId.TryGetValue(id, out var entity) ? entity : null;
            shown.Add(new QuoteView(
                Shorten(quote.Text),
                speaker is null ? null : new LinkView(speaker.Name, Urls.Entity(speaker.Kind, speaker.Slug)),
                speaker?.Name ?? (quote.SpeakerId is { } gone && rejected.Contains(gone) ? null : quote.Speaker),
                quote.IsFragment));
        }

        var view = new StoryInsightView(Of(EntityKind.Person), Of(EntityKind.Organisation), Of(EntityKind.Place), shown, related);
        List<string> shows = [.. all.Select(l => CacheTags.EntityName(l.EntityId)), .. relatedIds.Select(CacheTags.Story)];
        return (view, shows);
    }

    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organisation => "organisation",
        _ => "place",
    };

    public static string Label(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organisation => "Organisation",
        _ => "Place",
    };

    // A quote shown on its own: without the comma that led into its attribution, cut at a word.
    internal static string Shorten(string text, int maxLength = QuoteLength) => BodyText.Shorten(Standalone(text), maxLength);

    // A quote's whole text as it reads on its own, for the APIs: only the lead-in punctuation goes.
    internal static string Standalone(string text) => text.Trim().TrimEnd(',', ';', ':').TrimEnd();
}
