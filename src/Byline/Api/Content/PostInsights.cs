using System.Text.Json.Nodes;
using Byline.Intelligence;
using Byline.Site;
using Byline.Text.Analysis;

namespace Byline.Api.Content;

// Byline's additions to a post, asked for with include= beside Ghost's tags and authors: the
// story's quotes in reading order with their speakers, and its people, organisations and places in
// order of first mention. Read for a whole page of posts at once, one query for the quotes and one
// for the entities, however many posts the page holds. Nothing is read, and nothing added, unless
// asked for, so Ghost's clients see what they always saw. An entity an editor rejected is never
// shown; a quote it was credited with keeps its text and has a null speaker.
public sealed class PostInsights
{
    private const string Quotes = "quotes";

    public static readonly string[] Includes = [Quotes, "people", "organisations", "places"];

    private static readonly (string Include, EntityKind Kind)[] Kinds =
        [("people", EntityKind.Person), ("organisations", EntityKind.Organisation), ("places", EntityKind.Place)];

    private readonly bool _wantsQuotes;
    private readonly ILookup<int, QuoteRow> _quotes;
    private readonly List<(string Include, EntityKind Kind)> _kinds;
    private readonly ILookup<int, EntityRow> _entities;
    private readonly ContentSite _site;

    private PostInsights(
        bool wantsQuotes, List<QuoteRow> quotes, List<(string, EntityKind)> kinds, List<EntityRow> entities, ContentSite site)
    {
        _wantsQuotes = wantsQuotes;
        _quotes = quotes.ToLookup(q => q.StoryId);
        _kinds = kinds;
        _entities = entities.ToLookup(e => e.StoryId);
        _site = site;
    }

    public static async Task<PostInsights> LoadAsync(
        BylineDb db, IReadOnlyCollection<int> storyIds, ContentQuery query, ContentSite site, CancellationToken ct)
    {
        var wantsQuotes = query.Include.Contains(Quotes);
        var kinds = Kinds.Where(k => query.Include.Contains(k.Include)).ToList();
        if (storyIds.Count == 0 || (!wantsQuotes && kinds.Count == 0))
        {
            return new PostInsights(wantsQuotes, [], kinds, [], site);
        }

        var ids = storyIds.ToList();
        var quotes = wantsQuotes
            ? await db.StoryQuotes.AsNoTracking().Where(q => ids.Contains(q.StoryId))
                .OrderBy(q => q.StoryId).ThenBy(q => q.Position)
                .Select(q => new QuoteRow(
                    q.StoryId, q.Text, q.Mention, q.Paragraph, q.IsFragment, q.Continues,
                    q.SpeakerEntity == null ? null : q.SpeakerEntity.Name,
                    q.SpeakerEntity == null ? null : q.SpeakerEntity.Slug,
                    q.SpeakerEntity == null ? null : q.SpeakerEntity.Kind,
                    q.SpeakerEntity == null ? null : q.SpeakerEntity.Review))
                .ToListAsync(ct)
            : [];
        var wanted = kinds.ConvertAll(k => k.Kind);
        var entities = kinds.Count > 0
            ? await db.StoryEntities.AsNoTracking()
                .Where(l => ids.Contains(l.StoryId) && wanted.Contains(l.Entity!.Kind) && l.Entity.Review != EntityReview.Rejected)
                .OrderBy(l => l.StoryId).ThenBy(l => l.FirstParagraph).ThenByDescending(l => l.Mentions).ThenBy(l => l.EntityId)
                .Select(l => new EntityRow(
                    l.StoryId, l.Entity!.Kind, l.Entity.Name, l.Entity.Slug, l.Entity.Description, l.Mentions,
                    db.StoryQuotes.Count(q => q.StoryId == l.StoryId && q.SpeakerId == l.EntityId)))
                .ToListAsync(ct)
            : [];
        return new PostInsights(wantsQuotes, quotes, kinds, entities, site);
    }

    // Adds what was asked for to one post, after Ghost's fields.
    public JsonObject AddTo(JsonObject post, int storyId)
    {
        if (_wantsQuotes)
        {
            post[Quotes] = new JsonArray([.. _quotes[storyId].Select(Quote)]);
        }

        foreach (var (include, kind) in _kinds)
        {
            post[include] = new JsonArray([.. _entities[storyId].Where(e => e.Kind == kind).Select(Entity)]);
        }

        return post;
    }

    private JsonNode Quote(QuoteRow quote) => new JsonObject
    {
        ["text"] = InsightReads.Standalone(quote.Text),
        ["speaker"] = quote is { SpeakerName: { } name, SpeakerSlug: { } slug, SpeakerKind: { } kind, SpeakerReview: not EntityReview.Rejected }
            ? Speaker(name, slug, kind, _site)
            : null,
        ["mention"] = quote.Mention,
        ["paragraph"] = quote.Paragraph,
        ["fragment"] = quote.IsFragment,
        ["continues"] = quote.Continues,
    };

    private JsonNode Entity(EntityRow entity) => new JsonObject
    {
        ["name"] = entity.Name,
        ["slug"] = entity.Slug,
        ["url"] = _site.Url(Urls.Entity(entity.Kind, entity.Slug)),
        ["description"] = Shapes.NullIfEmpty(entity.Description),
        ["mentions"] = entity.Mentions,
        ["quotes"] = entity.Quotes,
    };

    private static JsonObject Speaker(string name, string slug, EntityKind kind, ContentSite site) => new()
    {
        ["name"] = name,
        ["slug"] = slug,
        ["kind"] = InsightReads.Kind(kind),
        ["url"] = site.Url(Urls.Entity(kind, slug)),
    };

    private sealed record QuoteRow(
        int StoryId, string Text, string? Mention, int Paragraph, bool IsFragment, bool Continues,
        string? SpeakerName, string? SpeakerSlug, EntityKind? SpeakerKind, EntityReview? SpeakerReview);

    private sealed record EntityRow(int StoryId, EntityKind Kind, string Name, string Slug, string? Description, int Mentions, int Quotes);
}
