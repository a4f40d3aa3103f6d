namespace Byline.Caching;

// What a cached response shows, so that a change evicts exactly the responses that show it.
//   entity tags  story:1, section:2, tag:3, author:4, page:5   a thing's own fields (name, headline...)
//   list tags    list:home, list:section:2, list:tag:3, list:author:4, list:api   lists of stories
//   latest       the "Latest" rail on story pages: the newest few live stories
//   chrome       what every themed page carries: publication, section navigation, ads, footer
//   feeds, sitemaps
//   list:corrections   the public /corrections page
//   entity:7     a person's, organisation's or place's page; entity-name:7 the story pages showing its name
//   search       search results (page and API): any story, byline, tag, section or author change
public static class CacheTags
{
    public const string Chrome = "chrome";
    public const string Latest = "latest";
    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";
    public const string Search = "search";
    public const string Home = "list:home";
    public const string ApiLists = "list:api";
    public const string Corrections = "list:corrections";
    public const string Everything = "*";

    public static string Story(int id) => $"story:{id}";
    public static string Section(int id) => $"section:{id}";
    public static string Tag(int id) => $"tag:{id}";
    public static string Author(int id) => $"author:{id}";
    public static string Page(int id) => $"page:{id}";
    public static string SectionList(int id) => $"list:section:{id}";
    public static string TagList(int id) => $"list:tag:{id}";
    public static string AuthorList(int id) => $"list:author:{id}";

    // A person's, organisation's or place's page (any story naming it changes it), and the story
    // pages that show its name (only a change to the entity itself, a rename, changes those).
    public static string Entity(int id) => $"entity:{id}";
    public static string EntityName(int id) => $"entity-name:{id}";

    // Marks the response as cacheable, with what it shows. A response without tags is never cached.
    public static void CacheAs(this HttpContext http, params IEnumerable<string> tags)
    {
        var feature = http.Features.Get<CacheTagsFeature>();
        if (feature is null)
        {
            feature = new CacheTagsFeature();
            http.Features.Set(feature);
        }

        feature.Tags.UnionWith(tags);
    }
}

public sealed class CacheTagsFeature
{
    public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);
}
