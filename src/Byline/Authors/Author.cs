namespace Byline.Authors;

public class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? JobTitle { get; set; }
    public string? Bio { get; set; }
    public string? PhotoUrl { get; set; }
    public string? Website { get; set; }
    public List<SocialLink> SocialLinks { get; set; } = [];
}

public class SocialLink
{
    public required string Network { get; set; }
    public required string Url { get; set; }
}
