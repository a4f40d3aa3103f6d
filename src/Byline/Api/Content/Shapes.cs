using System.Net;
using System.Text.Json.Nodes;
using Byline.Site;

namespace Byline.Api.Content;

// A section or a tag, as one row of Ghost's tags resource. Sections are Byline's own idea; Ghost
// front ends know only tags and expect a post's primary_tag, so a section is served as a tag (and
// is the primary tag of its stories), with its own id kind so it never collides with a tag.
public sealed class TagRow
{
    public int Kind { get; set; }
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }

    public bool IsSection => Kind == (int)GhostIdKind.Section;

    public static TagRow From(Section s) => new() { Kind = (int)GhostIdKind.Section, Id = s.Id, Name = s.Name, Slug = s.Slug, Description = s.Description };

    public static TagRow From(Tag t) => new() { Kind = (int)GhostIdKind.Tag, Id = t.Id, Name = t.Name, Slug = t.Slug, Description = t.Description };
}

// Ghost's output shapes for authors and tags (its users and tags mappers after clean.author /
// clean.tag for the Content API: empty strings become null, no timestamps).
public static class Shapes
{
    public static JsonObject Tag(TagRow tag, ContentSite site, int? postCount = null)
    {
        var json = new JsonObject
        {
            ["id"] = GhostIds.Encode((GhostIdKind)tag.Kind, tag.Id),
            ["name"] = tag.Name,
            ["slug"] = tag.Slug,
            ["description"] = NullIfEmpty(tag.Description),
            ["feature_image"] = null,
            ["visibility"] = "public",
            ["og_image"] = null,
            ["og_title"] = null,
            ["og_description"] = null,
            ["twitter_image"] = null,
            ["twitter_title"] = null,
            ["twitter_description"] = null,
            ["meta_title"] = null,
            ["meta_description"] = null,
            ["codeinjection_head"] = null,
            ["codeinjection_foot"] = null,
            ["canonical_url"] = null,
            ["accent_color"] = null,
            ["url"] = site.Url(tag.IsSection ? Urls.Section(tag.Slug) : Urls.Tag(tag.Slug)),
        };
        AddCount(json, postCount);
        return json;
    }

    public static JsonObject Author(Author author, ContentSite site, int? postCount = null)
    {
        var json = new JsonObject
        {
            ["id"] = GhostIds.Encode(GhostIdKind.Author, author.Id),
            ["name"] = author.Name,
            ["slug"] = author.Slug,
            ["profile_image"] = site.Link(author.PhotoUrl),
            ["cover_image"] = null,
            ["bio"] = NullIfEmpty(author.Bio),
            ["website"] = site.Link(NullIfEmpty(author.Website)),
            ["location"] = null,
            ["facebook"] = Handle(author, "facebook", ""),
            ["twitter"] = Handle(author, "x", "@") ?? Handle(author, "twitter", "@"),
            ["meta_title"] = null,
            ["meta_description"] = null,
            ["url"] = site.Url(Urls.Author(author.Slug)),
        };
        AddCount(json, postCount);
        return json;
    }

    // Ghost stores social accounts as handles ("@tryghost", "ghost"); Byline stores profile URLs,
    // whose last path segment is the handle.
    private static string? Handle(Author author, string network, string prefix)
    {
        var url = author.SocialLinks.FirstOrDefault(l => string.Equals(l.Network, network, StringComparison.OrdinalIgnoreCase))?.Url;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var handle = uri.AbsolutePath.TrimEnd('/').Split('/')[^1].TrimStart('@');
        return handle.Length == 0 ? null : prefix + WebUtility.UrlDecode(handle);
    }

    private static void AddCount(JsonObject json, int? postCount)
    {
        if (postCount is { } count)
        {
            json["count"] = new JsonObject { ["posts"] = count };
        }
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
