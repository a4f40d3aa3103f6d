using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Site;
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

    public static string Snapshot(EntityEntry<Story> entry, string baseUrl)
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

        var current = entry.State == EntityState.Deleted ? new JsonObject() : Current(entry.Entity, baseUrl);
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
            current["id"] = id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return body.ToJsonString(Json);
    }

    private static string? Id(Story story) => story.Id > 0 ? story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static JsonObject Current(Story story, string baseUrl) => new()
    {
        ["id"] = Id(story),
        ["uuid"] = story.PublicId.ToString(),
        ["title"] = story.Headline,
        ["slug"] = story.Slug,
        ["status"] = Value(story.Status),
        ["url"] = Urls.Absolute(baseUrl, Urls.Story(story.Section?.Slug, story.Slug)),
        ["custom_excerpt"] = story.Dek,
        ["html"] = story.BodyHtml,
        ["feature_image"] = story.FeaturedImage?.Url,
        ["published_at"] = Value(story.PublishedAt),
        ["updated_at"] = Value(story.UpdatedAt),
        ["created_at"] = Value(story.CreatedAt),
        ["primary_tag"] = story.Section is null ? null : new JsonObject { ["name"] = story.Section.Name, ["slug"] = story.Section.Slug },
        ["tags"] = new JsonArray(story.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["slug"] = t.Slug }).ToArray()),
        ["authors"] = new JsonArray(story.Authors.Where(a => a.Author is not null).OrderBy(a => a.Position)
            .Select(a => (JsonNode)new JsonObject { ["name"] = a.Author!.Name, ["slug"] = a.Author.Slug, ["url"] = Urls.Absolute(baseUrl, Urls.Author(a.Author.Slug)) }).ToArray()),
    };

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
