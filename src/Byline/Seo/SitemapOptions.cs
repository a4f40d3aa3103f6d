namespace Byline.Seo;

public sealed class SitemapOptions
{
    // The protocol's limit per file; a smaller number splits the stories into more files.
    public const int ProtocolLimit = 50_000;

    public int StoriesPerFile { get; set; } = ProtocolLimit;
}
