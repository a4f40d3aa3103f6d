namespace Byline.Media;

// One uploaded image in the newsroom's library: the cleaned original under /media and the smaller
// copies made from it at upload. The variant list is kept on the row as JSON, so a page of story
// cards reads everything its <picture> elements need in the same query as the cards.
public class MediaAsset
{
    public int Id { get; set; }

    // Site-relative ("/media/2026/11/3f9c....jpg"); stories point at it by this address.
    public required string Url { get; set; }

    // As the uploader's computer named it: shown, searched, never used as a path.
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string Alt { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? UploadedById { get; set; }
    public DateTime UploadedAt { get; set; }
    public List<MediaVariant> Variants { get; set; } = [];
}

// One width of an asset: a WebP copy and the same picture in a format every browser shows.
public sealed record MediaVariant(int Width, int Height, string WebpUrl, string FallbackUrl);
