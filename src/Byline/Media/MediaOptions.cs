namespace Byline.Media;

public sealed class MediaOptions
{
    // Where uploads are kept; by default data/media beside the SQLite file.
    public string? Path { get; set; }

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    // A small file can still decode to a huge bitmap; anything larger than this many pixels is refused.
    public long MaxPixels { get; set; } = 60_000_000;
}
