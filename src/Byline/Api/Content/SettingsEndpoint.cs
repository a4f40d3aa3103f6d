using System.Text.Json.Nodes;
using Byline.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Content;

// /settings: the publication as Ghost's public settings, a single object (not an array) with an
// empty meta. Sections are the navigation, footer links the secondary navigation, both as stored
// (site paths), as Ghost serves its navigation.
public static class SettingsEndpoint
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", BrowseAsync).WithMetadata(new GhostAction("browse settings")).WithSummary("The publication's settings");
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(BylineDb db, CancellationToken ct)
    {
        var site = await ContentSite.LoadAsync(db, ct);
        var publication = site.Publication;
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Name, s.Slug }).ToListAsync(ct);
        var settings = new JsonObject
        {
            ["title"] = publication.Name,
            ["description"] = Shapes.NullIfEmpty(publication.Tagline),
            ["logo"] = site.Link(publication.LogoUrl),
            ["icon"] = null,
            ["accent_color"] = null,
            ["cover_image"] = null,
            ["facebook"] = null,
            ["twitter"] = null,
            ["lang"] = publication.Language,
            ["locale"] = publication.Language,
            ["timezone"] = publication.TimeZone,
            ["codeinjection_head"] = null,
            ["codeinjection_foot"] = null,
            ["navigation"] = new JsonArray(sections.Select(s => (JsonNode)Link(s.Name, Urls.Section(s.Slug))).ToArray()),
            ["secondary_navigation"] = new JsonArray(publication.FooterLinks.Select(l => (JsonNode)Link(l.Label, l.Url)).ToArray()),
            ["meta_title"] = null,
            ["meta_description"] = null,
            ["og_image"] = null,
            ["og_title"] = null,
            ["og_description"] = null,
            ["twitter_image"] = null,
            ["twitter_title"] = null,
            ["twitter_description"] = null,
            ["members_support_address"] = null,
            ["url"] = site.BaseUrl + "/",
        };
        return TypedResults.Ok(new JsonObject { ["settings"] = settings, ["meta"] = new JsonObject() });
    }

    private static JsonObject Link(string label, string url) => new() { ["label"] = label, ["url"] = url };
}
