namespace Byline.Caching;

// A change's cache tags, written in the change's own transaction. Every node (and so a CLI import
// beside a running server) reads these and evicts what they name.
public class CacheEviction
{
    public long Id { get; set; }
    public required string Tags { get; set; }
    public DateTime At { get; set; }
}
