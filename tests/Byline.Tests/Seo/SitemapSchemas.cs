using System.Xml.Linq;
using System.Xml.Schema;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Seo;

// The published sitemap and sitemap-index schemas, plus the image and news extension schemas
// written for these tests (Seo/Schemas/README.md): the protocol's strict ##other wildcards make
// every extension element be validated against its own schema.
public static class SitemapSchemas
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Image = "http://www.google.com/schemas/sitemap-image/1.1";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(Repo.Shared, "schemas", "sitemap.xsd"));
        set.Add(null, Path.Combine(Repo.Shared, "schemas", "siteindex.xsd"));
        set.Add(null, Path.Combine(Repo.Root, "tests", "Byline.Tests", "Seo", "Schemas", "sitemap-image.xsd"));
        set.Add(null, Path.Combine(Repo.Root, "tests", "Byline.Tests", "Seo", "Schemas", "sitemap-news.xsd"));
        set.Compile();
        return set;
    });

    // Warnings count too: an element the schemas do not know is only a warning to the validator.
    public static XDocument Validate(string xml, string name)
    {
        var document = XDocument.Parse(xml);
        var problems = new List<string>();
        document.Validate(Set.Value, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
        return document;
    }

    public static string PathOf(string location) => new Uri(location).PathAndQuery;
}
