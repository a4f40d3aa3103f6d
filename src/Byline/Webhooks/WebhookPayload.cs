using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Api.Content;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Byline.Webhooks;

// The body a subscriber receives, in Ghost's webhook shape: {"post":{"current":{...},"previous":{...}}}.
// "current" is the story as the change left it (empty for a deletion); "previous" holds the values
// the change replaced (for a deletion, the story as it was). Both are taken when the change is
// saved; only a new story's database id is filled in at sending, since it has none before.
public static class WebhookPayload
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static readonly string[] Tracked =
        [nameof(Story.Headline), nameof(Story.Slug), nameof(Story.Dek), nameof(Story.Status), nameof(Story.PublishedAt), nameof(Story.UpdatedAt), nameof(Story.BodyHtml)];

    public static string Snapshot(EntityEntry<Story> entry, ContentSite site)
    {
        var previous = new JsonObject();
        if (entry.State is EntityState.Modified or EntityState.Deleted)
        {
            foreach (var name in Tracked.Where(n => entry.State == EntityState.Deleted || entry.Property(n).IsModified))
            {
                previous[GhostName(name)] = Value(entry.OriginalValues[name]);
            }

            if (entry.State == EntityState.Deleted)
            {
                previous["id"] = Id(entry.Entity);
                previous["uuid"] = entry.Entity.PublicId.ToString();
            }
        }

        var current = entry.State == EntityState.Deleted ? new JsonObject() : Current(entry.Entity, site);
        return new JsonObject { ["post"] = new JsonObject { ["current"] = current, ["previous"] = previous } }.ToJsonString(Json);
    }

    public static async Task<string> BodyAsync(BylineDb db, string snapshot, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(snapshot)!.AsObject();
        var current = body["post"]!["current"]!.AsObject();
        if (current.ContainsKey("uuid") && current["id"] is null)
        {
            var publicId = Guid.Parse(current["uuid"]!.GetValue<string>());
            var id = await db.Stories.Where(s => s.PublicId == publicId).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            current["id"] = id is null ? null : GhostIds.Encode(GhostIdKind.Story, id.Value);
        }

        return body.ToJsonString(Json);
    }

    private static readonly ContentQuery Query = new ContentQuery().WithInclude("tags", "authors");

    private static string? Id(Story story) => story.Id > 0 ? GhostIds.Encode(GhostIdKind.Story, story.Id) : null;

    // The same post the Content API serves, with tags and authors, and its state.
    private static JsonObject Current(Story story, ContentSite site)
    {
        var post = PostShape.Story(story, site, Query);
        post["id"] = Id(story);
        post["status"] = Value(story.Status);
        return post;
    }

    private static string GhostName(string property) => property switch
    {
        nameof(Story.Headline) => "title",
        nameof(Story.Dek) => "custom_excerpt",
        nameof(Story.BodyHtml) => "html",
        nameof(Story.PublishedAt) => "published_at",
        nameof(Story.UpdatedAt) => "updated_at",
        _ => property.ToLowerInvariant(),
    };

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        StoryStatus status => status switch
        {
            StoryStatus.Published => "published",
            StoryStatus.Scheduled => "scheduled",
            _ => status.ToString().ToLowerInvariant(),
        },
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        _ => JsonValue.Create(value.ToString()),
    };
}
