using Byline.Import;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Demo;

// The publication a first run starts with: Demo/content/publication.yml for the masthead, sections,
// authors and ad slots, then its pages and stories through the same importer a newsroom uses.
public sealed class DemoPublication(BylineDb db, Importer importer, IConfiguration configuration, ILogger<DemoPublication> logger)
{
    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "Demo", "content");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(ContentFolder, "publication.yml");
        var demo = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<DemoFile>(await File.ReadAllTextAsync(file, cancellationToken));

        db.Publication.Add(new PublicationSettings
        {
            Name = demo.Name,
            Tagline = demo.Tagline,
            BaseUrl = configuration["Byline:BaseUrl"] ?? demo.BaseUrl ?? "http://localhost:5080",
            Language = demo.Language ?? "en",
            TimeZone = demo.TimeZone ?? "UTC",
            Copyright = demo.Copyright,
            FooterLinks = demo.FooterLinks.ConvertAll(l => new FooterLink { Label = l.Label, Url = l.Url }),
        });
        db.Sections.AddRange(demo.Sections.Select((s, i) => new Section { Name = s.Name, Slug = s.Slug, Description = s.Description, Position = i }));
        db.Authors.AddRange(demo.Authors.Select(a => new Author
        {
            Name = a.Name,
            Slug = a.Slug,
            JobTitle = a.JobTitle,
            Bio = a.Bio,
            PhotoUrl = Blank(a.Photo),
            Website = Blank(a.Website),
            SocialLinks = a.Social.Where(s => !string.IsNullOrWhiteSpace(s.Value)).Select(s => new SocialLink { Network = s.Key, Url = s.Value }).ToList(),
        }));
        db.AdSlots.AddRange(demo.AdSlots.Select(a => new AdSlot
        {
            Name = a.Name,
            Placement = Enum.Parse<AdPlacement>(a.Placement.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            AfterParagraph = a.AfterParagraph,
            Width = a.Width,
            Height = a.Height,
            ImageUrl = a.Image,
            LinkUrl = a.Link,
            AltText = a.Alt,
            Html = a.Html,
            Enabled = a.Enabled,
        }));
        await db.SaveChangesAsync(cancellationToken);

        // Plain-text stories carry no section or time; the demo's one is the political lead of 27 October 2025.
        var lead = new DateTimeOffset(2025, 10, 27, 21, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;
        var summary = await importer.ImportAsync(ContentFolder, new ImportOptions(Section: "Politics", PublishedAt: lead), null, cancellationToken);
        foreach (var skipped in summary.Results.Where(r => r.Outcome == ImportOutcome.Skipped))
        {
            logger.LogWarning("Demo file {File} was skipped: {Reason}", skipped.File, skipped.Reason);
        }

        logger.LogInformation("Created the demo publication {Name}: {Count} stories and pages", demo.Name, summary.Imported);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private sealed class DemoFile
    {
        public string Name { get; set; } = "Byline";
        public string? Tagline { get; set; }
        public string? BaseUrl { get; set; }
        public string? Language { get; set; }
        public string? TimeZone { get; set; }
        public string? Copyright { get; set; }
        public List<DemoLink> FooterLinks { get; set; } = [];
        public List<DemoSection> Sections { get; set; } = [];
        public List<DemoAuthor> Authors { get; set; } = [];
        public List<DemoAd> AdSlots { get; set; } = [];
    }

    private sealed class DemoLink
    {
        public string Label { get; set; } = "";
        public string Url { get; set; } = "";
    }

    private sealed class DemoSection
    {
        public string Name { get; set; } = "";
        public string Slug { get; set; } = "";
        public string? Description { get; set; }
    }

    private sealed class DemoAuthor
    {
        public string Name { get; set; } = "";
        public string Slug { get; set; } = "";
        public string? JobTitle { get; set; }
        public string? Bio { get; set; }
        public string? Photo { get; set; }
        public string? Website { get; set; }
        public Dictionary<string, string> Social { get; set; } = [];
    }

    private sealed class DemoAd
    {
        public string Name { get; set; } = "";
        public string Placement { get; set; } = "";
        public int? AfterParagraph { get; set; }
        public int Width { get; set; }
        public int Height { get; set; }
        public string? Image { get; set; }
        public string? Link { get; set; }
        public string? Alt { get; set; }
        public string? Html { get; set; }
        public bool Enabled { get; set; }
    }
}
