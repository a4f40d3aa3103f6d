using Byline.Caching;
using Byline.Intelligence;
using Byline.Search;
using Byline.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Byline.Api.Quotes;

// GET /api/quotes?speaker=&q=&page=&limit= : what the publication has quoted people and bodies
// saying in its published stories, newest story first and in reading order within a story.
// Public and read-only, like /api/search and the /people/... pages that show the same quotes: the
// Content API's key is Ghost's, for Ghost's resources, and guards nothing these pages do not
// already show. Errors are ProblemDetails, as /api/search answers them.
public static class QuotesApi
{
    public static IEndpointRouteBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/quotes").WithTags("Quotes")
            .MapGet("", SearchAsync)
            .WithSummary("Search the quotes in published stories")
            .WithDescription("Newest story first. `speaker` is the slug of a person or organisation (as in /people/{slug}); " +
                "every word of `q` must appear in the quote, in any case. Unknown speakers answer 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithQuery(
                OpenApiQuery.Text("speaker", "A person's or organisation's slug, as in /people/{slug}.", maxLength: 200),
                OpenApiQuery.Text("q", $"Words that must all appear in the quote, in any case; at most {QuoteParameters.MaxWords}.",
                    maxLength: QuoteParameters.MaxQueryLength),
                OpenApiQuery.Number("page", "The page of results.", 1, null, 1),
                OpenApiQuery.Number("limit", $"Quotes to a page; more than {QuoteParameters.MaxLimit} is taken as {QuoteParameters.MaxLimit}.",
                    1, QuoteParameters.MaxLimit, QuoteParameters.DefaultLimit));
        return app;
    }

    public static async Task<Results<Ok<QuotesResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpRequest request, BylineDb db, SiteChrome chrome, TimeProvider time, IOptions<ContentApiOptions> options, CancellationToken ct)
    {
        var (parameters, errors) = QuoteParameters.Read(request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The quote search could not be read");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var live = db.Stories.AsNoTracking().Live(now);
        var quotes = db.StoryQuotes.AsNoTracking().Where(q => live.Any(s => s.Id == q.StoryId));
        if (parameters.Speaker is { } slug)
        {
            var speakers = await SpeakersAsync(db, live, slug, ct);
            if (speakers.Count == 0)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "No such speaker",
                    detail: SearchParameters.IsSlug(slug)
                        ? $"No person or organisation named in a published story has the slug \"{slug}\"."
                        : "A speaker is a slug: lowercase letters, digits and hyphens, as in /people/{slug}.");
            }

            quotes = quotes.Where(q => q.SpeakerId != null && speakers.Contains(q.SpeakerId.Value));
        }

        foreach (var word in parameters.Words)
        {
#pragma warning disable CA1862 // this runs as SQL, where lower() on both sides is what works on SQLite and PostgreSQL alike
            quotes = quotes.Where(q => q.Text.ToLower().Contains(word));
#pragma warning restore CA1862
        }

        var total = parameters.MatchesNothing ? 0 : await quotes.CountAsync(ct);
        var skip = (long)(parameters.Page - 1) * parameters.Limit;
        var rows = skip >= total ? [] : await quotes
            .Join(live, q => q.StoryId, s => s.Id, (q, s) => new
            {
                q.Text,
                q.Mention,
                q.Paragraph,
                q.IsFragment,
                q.Continues,
                q.Position,
                Speaker = q.SpeakerEntity,
                s.Id,
                s.Headline,
                s.Slug,
                Section = s.Section == null ? null : s.Section.Slug,
                s.PublishedAt,
            })
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).ThenBy(r => r.Position)
            .Skip((int)skip).Take(parameters.Limit)
            .ToListAsync(ct);

        var publication = await chrome.PublicationAsync(ct);
        var clock = new PublicationClock(publication.TimeZone);
        var baseUrl = publication.BaseUrl;
        var hits = rows.ConvertAll(r => new QuoteHit(
            InsightReads.Standalone(r.Text),
            r.Speaker is { Review: not EntityReview.Rejected } speaker
                ? new QuoteSpeaker(
                    speaker.Name, speaker.Slug, InsightReads.Kind(speaker.Kind), Urls.Absolute(baseUrl, Urls.Entity(speaker.Kind, speaker.Slug)))
                : null,
            r.Mention,
            r.Paragraph,
            r.IsFragment,
            r.Continues,
            new QuoteStory(r.Headline, Urls.Absolute(baseUrl, Urls.Story(r.Section, r.Slug)), clock.Local(r.PublishedAt ?? now))));

        // Cached like the Content API's answers, and evicted with them: by any change to a story,
        // its quotes or entities, an entity's name or review, or the publication (EvictionTags).
        request.HttpContext.CacheAs(CacheTags.ApiLists, CacheTags.Chrome);
        request.HttpContext.Response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
        request.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)parameters.Limit));
        var page = parameters.Page;
        return TypedResults.Ok(new QuotesResponse(hits, new QuotesMeta(new QuotesPagination(
            page, parameters.Limit, pages, total, page < pages ? page + 1 : null, page > 1 ? Math.Min(page - 1, pages) : null))));
    }

    // The speaker's entities: any with the slug that has a page (not rejected, named by a live
    // story), so a name found only in drafts is as unknown here as on the reader's site.
    private static async Task<List<int>> SpeakersAsync(BylineDb db, IQueryable<Story> live, string slug, CancellationToken ct) =>
        !SearchParameters.IsSlug(slug) ? [] : await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug && e.Review != EntityReview.Rejected)
            .Where(e => db.StoryEntities.Any(l => l.EntityId == e.Id && live.Any(s => s.Id == l.StoryId)))
            .Select(e => e.Id)
            .ToListAsync(ct);
}
