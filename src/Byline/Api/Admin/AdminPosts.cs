using System.Text.Json.Nodes;
using Byline.Api.Content;
using Byline.Api.Content.Filtering;
using Byline.Import;
using Byline.Media;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Admin;

// /ghost/api/admin/posts: every story whatever its state, and the writes: add (draft, published or
// scheduled), edit (refused when the client's updated_at is stale, so a concurrent edit is never
// silently overwritten), and delete. Writes go through StoryWriter, so bodies are sanitized, and
// through the save path, so webhooks and the search index follow.
public static class AdminPosts
{
    private static readonly FilterSchema<Story> Filters = new("posts", new Dictionary<string, FieldFilter>(PostsEndpoints.FilterFields)
    {
        ["status"] = Field.Text<Story>(s => s.Status == StoryStatus.Published ? "published" : s.Status == StoryStatus.Scheduled ? "scheduled" : "draft", slug: true),
    });

    public static RouteGroupBuilder MapAdminPosts(this RouteGroupBuilder api)
    {
        api.MapGet("/posts", BrowseAsync).WithMetadata(new GhostAction("browse posts")).WithSummary("List stories in any state");
        api.MapGet("/posts/{id}", ReadByIdAsync).WithMetadata(new GhostAction("read post")).WithSummary("Read a story by id");
        api.MapGet("/posts/slug/{slug}", ReadBySlugAsync).WithMetadata(new GhostAction("read post")).WithSummary("Read a story by slug");
        api.MapPost("/posts", AddAsync).WithMetadata(new GhostAction("add post")).WithSummary("Create a story (draft, published or scheduled)")
            .Accepts<AdminDocs.PostsBody>("application/json").Produces<AdminDocs.PostsBody>(StatusCodes.Status201Created);
        api.MapPut("/posts/{id}", EditAsync).WithMetadata(new GhostAction("edit post")).WithSummary("Edit, publish, schedule or unpublish a story")
            .Accepts<AdminDocs.PostsBody>("application/json").Produces<AdminDocs.PostsBody>();
        api.MapDelete("/posts/{id}", DeleteAsync).WithMetadata(new GhostAction("delete post")).WithSummary("Delete a story").Produces(StatusCodes.Status204NoContent);
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, ["tags", "authors"]).WithInclude("tags", "authors");
        IQueryable<Story> stories = db.Stories.AsNoTracking();
        if (query.Filter is { } filter)
        {
            stories = stories.Where(ContentFilters.Translate(Filters, filter, time.GetUtcNow().UtcDateTime));
        }

        var site = await ContentSite.LoadAsync(db, ct);
        var order = query.Order.Count == 0 ? [new SortKey("updated_at", Descending: true)] : query.Order;
        var (page, pagination) = await Envelope.PageAsync(stories, q => PostsEndpoints.Load(PostsEndpoints.Order.Apply(q, order)), query, ct);
        return TypedResults.Ok(Envelope.Browse("posts", page.Select(s => Shape(s, site, query)), pagination, query));
    }

    public static async Task<Ok<JsonObject>> ReadByIdAsync(string id, HttpRequest request, BylineDb db, CancellationToken ct)
    {
        var number = ContentFilters.IdNumber(id, GhostIdKind.Story);
        return await ReadAsync(request, db, PostsEndpoints.Load(db.Stories.AsNoTracking()).Where(s => s.Id == number), ct);
    }

    public static async Task<Ok<JsonObject>> ReadBySlugAsync(string slug, HttpRequest request, BylineDb db, CancellationToken ct)
    {
        var wanted = slug.ToLowerInvariant();
        return await ReadAsync(request, db, PostsEndpoints.Load(db.Stories.AsNoTracking()).Where(s => s.Slug == wanted), ct);
    }

    private static async Task<Ok<JsonObject>> ReadAsync(HttpRequest request, BylineDb db, IQueryable<Story> stories, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, ["tags", "authors"]).WithInclude("tags", "authors");
        var story = await stories.FirstOrDefaultAsync(ct) ?? throw GhostApiException.NotFound("Post not found.");
        return TypedResults.Ok(Envelope.Read("posts", Shape(story, await ContentSite.LoadAsync(db, ct), query), query));
    }

    public static async Task<Created<JsonObject>> AddAsync(HttpRequest request, BylineDb db, StoryWriter writer, MediaLibrary library, TimeProvider time, CancellationToken ct)
    {
        var input = AdminPostInput.From(await AdminBody.ReadAsync(request, ct));
        if (string.IsNullOrWhiteSpace(input.Text("title")))
        {
            throw GhostApiException.Validation("isRequired", "title");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var story = db.Stories.Add(new Story { Headline = "", Slug = "", CreatedAt = now }).Entity;
        var incoming = await AdminPostChanges.ApplyAsync(input, AdminPostChanges.Blank, db, now, ct);
        await SaveAsync(db, writer, library, story, incoming, ct);
        var shaped = await ShapeSavedAsync(db, story.Id, request, ct);
        return TypedResults.Created($"{AdminApi.Prefix}/posts/{GhostIds.Encode(GhostIdKind.Story, story.Id)}/", shaped);
    }

    public static async Task<Ok<JsonObject>> EditAsync(string id, HttpRequest request, BylineDb db, StoryWriter writer, MediaLibrary library, TimeProvider time, CancellationToken ct)
    {
        var input = AdminPostInput.From(await AdminBody.ReadAsync(request, ct));
        var story = await writer.FindByIdAsync(ContentFilters.IdNumber(id, GhostIdKind.Story), ct) ?? throw GhostApiException.NotFound("Post not found.");
        var sent = input.Time("updated_at") ?? throw GhostApiException.Validation("isRequired", "updated_at");

        // The client shows and sends times to the millisecond.
        if (Math.Abs((sent - story.UpdatedAt).TotalMilliseconds) >= 1)
        {
            throw new GhostApiException(409, "UpdateCollisionError", "Saving failed! Someone else is editing this post.",
                "The post was changed after the updated_at you sent. Read it again and apply your change to the new version.");
        }

        var incoming = await AdminPostChanges.ApplyAsync(input, AdminPostChanges.From(story), db, time.GetUtcNow().UtcDateTime, ct);
        await SaveAsync(db, writer, library, story, incoming, ct);
        return TypedResults.Ok(await ShapeSavedAsync(db, story.Id, request, ct));
    }

    public static async Task<NoContent> DeleteAsync(string id, BylineDb db, CancellationToken ct)
    {
        var number = ContentFilters.IdNumber(id, GhostIdKind.Story);
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == number, ct) ?? throw GhostApiException.NotFound("Post not found.");
        db.Stories.Remove(story);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task SaveAsync(BylineDb db, StoryWriter writer, MediaLibrary library, Story story, IncomingStory incoming, CancellationToken ct)
    {
        try
        {
            incoming = incoming with
            {
                Slug = await AdminPostChanges.FreeSlugAsync(db, incoming.Slug ?? incoming.Headline, story.Id, ct),
                Image = await library.RequireAltTextAsync(incoming.Image, ct),
            };
            await writer.ApplyAsync(story, incoming, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ImportException or MediaException)
        {
            throw new GhostApiException(422, "ValidationError", "Validation error, cannot save post.", ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between this request's read and its write: the database refused the
            // stale version (Story.Version), which the updated_at check alone cannot see.
            throw new GhostApiException(409, "UpdateCollisionError", "Saving failed! Someone else is editing this post.",
                "The post was changed while this edit was being saved. Read it again and apply your change to the new version.");
        }
    }

    private static async Task<JsonObject> ShapeSavedAsync(BylineDb db, int id, HttpRequest request, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var story = await PostsEndpoints.Load(db.Stories.AsNoTracking()).SingleAsync(s => s.Id == id, ct);
        var query = ContentQuery.Read(request, ["tags", "authors"]).WithInclude("tags", "authors");
        return Envelope.Read("posts", Shape(story, await ContentSite.LoadAsync(db, ct), query), query);
    }

    // The Content API's post, plus what only the newsroom sees.
    private static JsonObject Shape(Story story, ContentSite site, ContentQuery query)
    {
        var post = PostShape.Story(story, site, query);
        post["status"] = story.Status switch
        {
            StoryStatus.Published => "published",
            StoryStatus.Scheduled => "scheduled",
            _ => "draft",
        };
        post["markdown"] = story.BodyMarkdown;
        post["dateline"] = story.Dateline;
        post["lexical"] = null;
        post["mobiledoc"] = null;
        return post;
    }
}
