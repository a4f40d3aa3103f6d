namespace Byline.Feeds;

// One feed, whatever its format: the site's, or a section's, tag's or author's. Times are UTC.
public sealed record Feed(
    string Title,
    string? Description,
    string BaseUrl,
    string PagePath,
    string Language,
    string PublisherName,
    IReadOnlyList<FeedItem> Items)
{
    // What the feed shows, for the page cache.
    public IReadOnlyList<string> Shows { get; init; } = [];

    // The newest change of any item; a feed with no items has no time of its own.
    public DateTime? Updated => Items.Count == 0 ? null : Items.Max(i => i.Updated);

    public string HomeUrl => BaseUrl + (PagePath.Length == 0 ? "/" : PagePath);

    public string SelfUrl(FeedFormat format) => BaseUrl + FeedLinks.Path(PagePath, format);
}

// A story as a feed item. Id is the story's PublicId, which survives headline and slug changes.
public sealed record FeedItem(
    Guid Id,
    string Title,
    string Url,
    string? Summary,
    string ContentHtml,
    DateTime Published,
    DateTime Updated,
    IReadOnlyList<FeedPerson> Authors,
    FeedCategory? Section,
    IReadOnlyList<FeedCategory> Tags,
    FeedImage? Image)
{
    public string Urn => $"urn:uuid:{Id:D}";

    public IEnumerable<FeedCategory> Categories => Section is null ? Tags : Tags.Prepend(Section);
}

public sealed record FeedPerson(string Name, string Url);

public sealed record FeedCategory(string Name, string Url);

public sealed record FeedImage(string Url, string Alt, string MediaType);
