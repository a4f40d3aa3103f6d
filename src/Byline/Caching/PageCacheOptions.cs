namespace Byline.Caching;

public sealed class PageCacheOptions
{
    public bool Enabled { get; set; } = true;

    // Bodies kept in memory, all encodings together; the least recently used go first.
    public long MaxBytes { get; set; } = 128L * 1024 * 1024;

    // An entry is dropped after this long even if nothing evicted it (time passes: "© 2026").
    public int MaxAgeSeconds { get; set; } = 600;

    // How often each node reads the evictions other nodes (and CLI runs) recorded.
    public int PollMilliseconds { get; set; } = 250;

    // What browsers and CDNs are told for cached HTML that does not say otherwise.
    public string DefaultCacheControl { get; set; } = "public, max-age=30";
}
