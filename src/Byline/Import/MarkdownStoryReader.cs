using System.Globalization;

namespace Byline.Import;

// A story (or, with `type: page` or inside a pages/ folder, a static page) in Markdown with YAML
// front matter: title, slug, date, updated, authors, section, tags, dek, dateline, image...
public static class MarkdownStoryReader
{
    public static object Read(string text, bool inPagesFolder, string file)
    {
        var front = FrontMatter.Parse(text);
        var title = front.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ImportException("the front matter has no title");
        }

        if (inPagesFolder || string.Equals(front.Text("type"), "page", StringComparison.OrdinalIgnoreCase))
        {
            return new IncomingPage(title.Trim(), front.Text("slug"), front.Body, front.Time("updated") ?? front.Time("date"));
        }

        if (string.IsNullOrWhiteSpace(front.Body))
        {
            throw new ImportException("the story has no body");
        }

        return new IncomingStory
        {
            Headline = title.Trim(),
            Slug = front.Text("slug"),
            SourceKey = StoryIdentity.ForMarkdown(front.Text("id"), front.Text("slug"), title.Trim(), front.Time("date"), file),
            Dek = front.Text("dek") ?? front.Text("excerpt"),
            Dateline = front.Text("dateline"),
            BodyMarkdown = front.Body,
            Authors = front.List("authors").Concat(front.List("author")).Select(a => new IncomingAuthor(a)).ToList(),
            Section = front.Text("section"),
            Tags = front.List("tags"),
            Status = Status(front.Text("status")),
            PublishedAt = front.Time("date"),
            UpdatedAt = front.Time("updated"),
            Image = Image(front),
            SeoTitle = front.Text("seo_title"),
            SeoDescription = front.Text("seo_description") ?? front.Text("description"),
            CanonicalUrl = front.Text("canonical_url"),
            Corrections = front.Maps("corrections")
                .Select(c => (At: FrontMatter.ParseTime(Value(c, "at"), "corrections.at") ?? throw new ImportException("a correction has no 'at' time"),
                              Text: Value(c, "text") ?? throw new ImportException("a correction has no 'text'")))
                .ToList(),
        };
    }

    private static StoryStatus Status(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        null or "" or "published" => StoryStatus.Published,
        "draft" => StoryStatus.Draft,
        "review" or "in_review" => StoryStatus.InReview,
        "scheduled" => StoryStatus.Scheduled,
        "unpublished" => StoryStatus.Unpublished,
        _ => throw new ImportException($"'status' must be published, draft, review, scheduled or unpublished, not \"{status}\""),
    };

    // image: /media/x.jpg with image_alt/image_caption/image_credit, or image: { url, alt, caption, credit }.
    private static FeaturedImage? Image(FrontMatter front)
    {
        var map = front.Map("image");
        var url = map is null ? front.Text("image") : Value(map, "url");
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return new FeaturedImage
        {
            Url = url.Trim(),
            Alt = (map is null ? front.Text("image_alt") : Value(map, "alt")) ?? "",
            Caption = map is null ? front.Text("image_caption") : Value(map, "caption"),
            Credit = map is null ? front.Text("image_credit") : Value(map, "credit"),
        };
    }

    private static string? Value(IDictionary<object, object> map, string key) =>
        map.FirstOrDefault(p => string.Equals(Convert.ToString(p.Key, CultureInfo.InvariantCulture), key, StringComparison.OrdinalIgnoreCase)).Value is { } v
            ? Convert.ToString(v, CultureInfo.InvariantCulture)
            : null;
}
