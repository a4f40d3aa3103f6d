namespace Byline.Api;

// A key pair for an integration, in Ghost's shapes so Ghost's clients work unchanged: a content key
// (26 hex characters, read-only, public) and an admin key "id:secret" (24 and 64 hex characters)
// whose secret signs the short-lived tokens of the Admin API.
public class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string ContentKey { get; set; }
    public required string AdminKeyId { get; set; }
    public required string AdminSecret { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public bool Revoked { get; set; }
}
