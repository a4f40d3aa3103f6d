using System.ComponentModel.DataAnnotations;

namespace Byline.Newsroom.Screens.Authors;

public sealed class AuthorForm
{
    [StringLength(200, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The slug is too long: at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(200, ErrorMessage = "The job title is too long: at most 200 characters.")]
    public string? JobTitle { get; set; }

    [StringLength(5000, ErrorMessage = "The bio is too long: at most 5,000 characters.")]
    public string? Bio { get; set; }

    [StringLength(2000, ErrorMessage = "The photo address is too long: at most 2,000 characters.")]
    public string? PhotoUrl { get; set; }

    [StringLength(2000, ErrorMessage = "The website address is too long: at most 2,000 characters.")]
    public string? Website { get; set; }

    // One link a line: the network's name, a space, the address ("Mastodon https://...").
    [StringLength(10_000, ErrorMessage = "The social links are too long: at most 10,000 characters.")]
    public string? SocialLinks { get; set; }

    public static AuthorForm From(Author author) => new()
    {
        Name = author.Name,
        Slug = author.Slug,
        JobTitle = author.JobTitle,
        Bio = author.Bio,
        PhotoUrl = author.PhotoUrl,
        Website = author.Website,
        SocialLinks = string.Join("\n", author.SocialLinks.Select(l => $"{l.Network} {l.Url}")),
    };
}
