using System.ComponentModel.DataAnnotations;

namespace Byline.Newsroom.Screens.Sections;

public sealed class SectionForm
{
    [StringLength(200, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The slug is too long: at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "The description is too long: at most 1,000 characters.")]
    public string? Description { get; set; }

    [Range(0, 10_000, ErrorMessage = "The position is a number from 0 to 10,000.")]
    public int Position { get; set; }
}
