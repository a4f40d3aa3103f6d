namespace Byline.Seo;

public sealed class SitemapOptions
{
    // The protocol's limit per file; a smaller number splits the stories into more files.
    public const int ProtocolLimit = 50_000;

    public int StoriesPerFile { get; set; } = ProtocolLimit;

    // People, organisations or places per file, each kind in files of its own.
    public int EntitiesPerFile { get; set; } = ProtocolLimit;
}
