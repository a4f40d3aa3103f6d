using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Site.Views;

namespace Byline.Seo;

// schema.org JSON-LD for the reader's pages: NewsArticle on stories, Person on author pages, and a
// BreadcrumbList on both and on listings. The theme prints these inside <script> with `| raw`, so
// the serializer's default encoder is essential: it writes <, > and & as \u003C, \u003E and \u0026,
// and a headline of "</script><script>..." cannot end the element.
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static string NewsArticle(SiteView site, MetaView meta, StoryView story, ImageView? image, TimeView modified) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = meta.CanonicalUrl },
        ["url"] = meta.CanonicalUrl,
        ["headline"] = story.Headline,
        ["description"] = story.Dek,
        ["image"] = image is null ? null : new JsonArray(image.Url),
        ["datePublished"] = story.Published.Iso,
        ["dateModified"] = modified.Iso,
        ["author"] = new JsonArray(story.Authors.Select(a => (JsonNode)Person(site, a, withContext: false)).ToArray()),
        ["publisher"] = Publisher(site),
        ["articleSection"] = story.Section?.Label,
        ["keywords"] = story.Tags.Count == 0 ? null : new JsonArray(story.Tags.Select(t => (JsonNode)t.Label).ToArray()),
        ["inLanguage"] = site.Language,
        ["correction"] = Corrections(story.Corrections),
        ["about"] = story.Insight is { } about ? Things(site, about.People.Where(p => p.Quotes > 0)) : null,
        ["mentions"] = story.Insight is { } insight ? Things(site, [.. insight.People.Where(p => p.Quotes == 0), .. insight.Organisations, .. insight.Places]) : null,
        ["hasPart"] = story.Insight is { Quotes.Count: > 0 } quoted ? new JsonArray([.. quoted.Quotes.Select(q => (JsonNode)Quotation(site, q))]) : null,
    });

    // A person's, organisation's or place's page: the thing itself, with the page as its address.
    public static string Thing(SiteView site, EntityView entity) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = Type(entity.Kind),
        ["name"] = entity.Name,
        ["description"] = entity.Description,
        ["url"] = Absolute(site, entity.Url),
        ["sameAs"] = entity.Author is { } author ? Absolute(site, author.Url) : null,
    });

    private static JsonArray? Things(SiteView site, IEnumerable<EntityLink> links)
    {
        var nodes = links.Select(l => (JsonNode)new JsonObject { ["@type"] = Type(l.Kind), ["name"] = l.Name, ["url"] = Absolute(site, l.Url) }).ToArray();
        return nodes.Length == 0 ? null : new JsonArray(nodes);
    }

    private static JsonObject Quotation(SiteView site, QuoteView quote) => new()
    {
        ["@type"] = "Quotation",
        ["text"] = quote.Text,
        ["spokenByCharacter"] = quote.SpeakerName is null ? null : new JsonObject
        {
            ["@type"] = quote.Speaker is null ? "Thing" : Type(quote.Speaker.Url.StartsWith("/people/", StringComparison.Ordinal) ? "person" : "organisation"),
            ["name"] = quote.SpeakerName,
            ["url"] = quote.Speaker is { } speaker ? Absolute(site, speaker.Url) : null,
        },
    };

    private static string Type(string kind) => kind switch
    {
        "person" => "Person",
        "organisation" => "Organization",
        _ => "Place",
    };

    // Corrections, not updates, are what schema.org's CorrectionComment records.
    private static JsonArray? Corrections(IReadOnlyList<CorrectionView> notes)
    {
        var corrections = notes.Where(n => n.Kind == "correction").Select(n => (JsonNode)new JsonObject
        {
            ["@type"] = "CorrectionComment",
            ["text"] = n.Text,
            ["datePublished"] = n.At.Iso,
        }).ToArray();
        return corrections.Length == 0 ? null : new JsonArray(corrections);
    }

    public static string Person(SiteView site, AuthorView author) => Write(Person(site, author, withContext: true));

    public static string Breadcrumbs(SiteView site, params (string Name, string Url)[] trail) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray(
            trail.Prepend((Name: site.Name, Url: "/")).Select((crumb, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumb.Name,
                ["item"] = Absolute(site, crumb.Url),
            }).ToArray()),
    });

    private static JsonObject Person(SiteView site, AuthorView author, bool withContext)
    {
        var sameAs = new[] { author.Website }.Concat(author.Social.Select(s => s.Url)).OfType<string>().Select(u => (JsonNode)Absolute(site, u)).ToArray();
        var person = new JsonObject
        {
            ["@context"] = withContext ? "https://schema.org" : null,
            ["@type"] = "Person",
            ["name"] = author.Name,
            ["url"] = Absolute(site, author.Url),
            ["jobTitle"] = withContext ? author.JobTitle : null,
            ["description"] = withContext ? author.Bio : null,
            ["image"] = withContext && author.PhotoUrl is { } photo ? Absolute(site, photo) : null,
            ["sameAs"] = withContext && sameAs.Length > 0 ? new JsonArray(sameAs) : null,
            ["worksFor"] = withContext ? Publisher(site) : null,
        };
        return person;
    }

    private static JsonObject Publisher(SiteView site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Name,
        ["url"] = site.BaseUrl + "/",
        ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = site.PublisherLogoUrl },
    };

    public static string Absolute(SiteView site, string url) => url.StartsWith('/') ? site.BaseUrl + url : url;

    private static string Write(JsonObject node)
    {
        Prune(node);
        return node.ToJsonString(Options);
    }

    // Absent values are left out rather than written as null.
    private static void Prune(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var (_, value) in obj)
            {
                Prune(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Prune(item);
            }
        }
    }
}
