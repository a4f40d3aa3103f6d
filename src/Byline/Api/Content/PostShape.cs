using Byline.Content;
using System.Net;
using System.Text.Json.Nodes;
using Byline.Site;

namespace Byline.Api.Content;

// Ghost's post (and page) shape for the Content API, built from a story or a static page. The field
// order follows Ghost's output; plaintext only with formats=plaintext, html unless formats leaves it
// out; tags/authors and primary_tag/primary_author only when included.
public static class PostShape
{
    public static JsonObject Story(Story story, ContentSite site, ContentQuery query)
    {
        var image = story.FeaturedImage is { } f && site.Link(f.Url) is { } src ? (Url: src, f.Alt, Caption: Caption(f)) : default;
        var tags = story.Section is null ? new List<TagRow>() : [TagRow.From(story.Section)];
        tags.AddRange(story.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(TagRow.From));
        var authors = story.Authors.OrderBy(a => a.Position).Where(a => a.Author is not null).Select(a => a.Author!).ToList();
        var json = Build(
            GhostIds.Encode(GhostIdKind.Story, story.Id), story.PublicId.ToString(), story.Headline, story.Slug, story.BodyHtml,
            image.Url, image.Alt, image.Caption, story.CreatedAt, story.UpdatedAt, story.PublishedAt,
            Shapes.NullIfEmpty(story.Dek), site.Link(story.CanonicalUrl), site.Url(Urls.Story(story.Section?.Slug, story.Slug)),
            Shapes.NullIfEmpty(story.SeoTitle), Shapes.NullIfEmpty(story.SeoDescription), site, query);
        AddRelations(json, tags, authors, site, query);
        return json;
    }

    // Static pages have no authors, tags, image or publication state of their own: all are shown
    // empty, and the last change stands for every timestamp.
    public static JsonObject Page(Page page, ContentSite site, ContentQuery query)
    {
        var json = Build(
            GhostIds.Encode(GhostIdKind.Page, page.Id), null, page.Title, page.Slug, page.BodyHtml,
            null, null, null, page.UpdatedAt, page.UpdatedAt, page.UpdatedAt,
            null, null, site.Url(Urls.Page(page.Slug)), null, null, site, query);
        AddRelations(json, [], [], site, query);
        return json;
    }

    private static JsonObject Build(
        string id, string? uuid, string title, string slug, string html, string? image, string? imageAlt, string? imageCaption,
        DateTime created, DateTime updated, DateTime? published, string? customExcerpt, string? canonical, string url,
        string? metaTitle, string? metaDescription, ContentSite site, ContentQuery query)
    {
        var plaintext = BodyText.PlainText(html);
        var json = new JsonObject
        {
            ["id"] = id,
            ["uuid"] = uuid,
            ["title"] = title,
            ["slug"] = slug,
            ["html"] = query.Formats.Contains("html") ? html : null,
            ["comment_id"] = id,
            ["feature_image"] = image,
            ["featured"] = false,
            ["visibility"] = "public",
            ["created_at"] = site.Time(created),
            ["updated_at"] = site.Time(updated),
            ["published_at"] = site.Time(published),
            ["custom_excerpt"] = customExcerpt,
            ["codeinjection_head"] = null,
            ["codeinjection_foot"] = null,
            ["custom_template"] = null,
            ["canonical_url"] = canonical,
            ["url"] = url,
            ["excerpt"] = customExcerpt ?? BodyText.Excerpt(plaintext),
            ["reading_time"] = BodyText.ReadingMinutes(html, image is not null),
            ["access"] = true,
            ["comments"] = false,
            ["og_image"] = null,
            ["og_title"] = null,
            ["og_description"] = null,
            ["twitter_image"] = null,
            ["twitter_title"] = null,
            ["twitter_description"] = null,
            ["meta_title"] = metaTitle,
            ["meta_description"] = metaDescription,
            ["email_subject"] = null,
            ["frontmatter"] = null,
            ["feature_image_alt"] = image is null ? null : Shapes.NullIfEmpty(imageAlt),
            ["feature_image_caption"] = image is null ? null : imageCaption,
        };
        if (!query.Formats.Contains("html"))
        {
            json.Remove("html");
        }

        if (query.Formats.Contains("plaintext"))
        {
            json["plaintext"] = plaintext;
        }

        return json;
    }

    private static void AddRelations(JsonObject json, List<TagRow> tags, List<Author> authors, ContentSite site, ContentQuery query)
    {
        if (query.Include.Contains("tags"))
        {
            json["tags"] = new JsonArray(tags.Select(t => (JsonNode)Shapes.Tag(t, site)).ToArray());
            json["primary_tag"] = tags.Count > 0 ? Shapes.Tag(tags[0], site) : null;
        }

        if (query.Include.Contains("authors"))
        {
            json["authors"] = new JsonArray(authors.Select(a => (JsonNode)Shapes.Author(a, site)).ToArray());
            json["primary_author"] = authors.Count > 0 ? Shapes.Author(authors[0], site) : null;
        }
    }

    // Ghost's caption is HTML; Byline's caption and credit are plain text, so they are encoded.
    private static string? Caption(FeaturedImage image)
    {
        var caption = Shapes.NullIfEmpty(image.Caption);
        var credit = Shapes.NullIfEmpty(image.Credit);
        var text = caption is not null && credit is not null ? $"{caption} ({credit})" : caption ?? credit;
        return text is null ? null : WebUtility.HtmlEncode(text);
    }
}
