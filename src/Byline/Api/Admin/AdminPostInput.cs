using System.Globalization;
using System.Text.Json.Nodes;
using Byline.Api.Content;

namespace Byline.Api.Admin;

// One post from an Admin API body ({"posts":[{...}]}), read field by field so that a wrong value is
// refused with the name of the field (Ghost's "Validation (isIn) failed for status"), and so that an
// edit changes only the fields it sends.
public sealed class AdminPostInput(JsonObject post)
{
    public static AdminPostInput From(JsonNode? body)
    {
        if (body is not JsonObject root || root["posts"] is not JsonArray { Count: 1 } posts || posts[0] is not JsonObject post)
        {
            throw GhostApiException.Validation("isRequired", "posts");
        }

        return new AdminPostInput(post);
    }

    public bool Has(string field) => post.ContainsKey(field);

    public string? Text(string field) => post[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw GhostApiException.Validation("isString", field),
    };

    public DateTime? Time(string field)
    {
        var text = Text(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : throw GhostApiException.Validation("isDate", field);
    }

    public StoryStatus? Status() => Text("status") switch
    {
        null => null,
        "draft" => StoryStatus.Draft,
        "published" => StoryStatus.Published,
        "scheduled" => StoryStatus.Scheduled,
        _ => throw GhostApiException.Validation("isIn", "status"),
    };

    // Byline keeps Markdown (HTML allowed inside it): HTML is taken as it is, Markdown too. Ghost's
    // editor formats (lexical, mobiledoc) are not Byline's; a client sends html with ?source=html.
    public string? Body()
    {
        if (Text("markdown") is { } markdown)
        {
            return markdown;
        }

        if (Text("html") is { } html)
        {
            return html;
        }

        return Has("lexical") || Has("mobiledoc")
            ? throw new GhostApiException(422, "ValidationError", "Byline stores HTML or Markdown, not lexical or mobiledoc.", "Send html (with ?source=html) or markdown.")
            : null;
    }

    // tags: ["Name", {"name": ...}, {"slug": ...}, {"id": ...}]: a list of names, slugs or ids.
    public List<(string? Id, string? Slug, string? Name)>? Relations(string field)
    {
        if (!Has(field))
        {
            return null;
        }

        if (post[field] is not JsonArray items)
        {
            throw GhostApiException.Validation("isArray", field);
        }

        return items.Select(item => item switch
        {
            JsonValue value when value.TryGetValue<string>(out var name) => (null, null, name),
            JsonObject o => (Read(o, "id", field), Read(o, "slug", field), Read(o, "name", field) ?? Read(o, "email", field)),
            _ => throw GhostApiException.Validation("isObject", field),
        }).ToList();
    }

    private static string? Read(JsonObject item, string key, string field) => item[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw GhostApiException.Validation("isString", $"{field}.{key}"),
    };
}
