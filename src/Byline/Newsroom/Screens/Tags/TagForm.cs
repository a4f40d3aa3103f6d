using System.ComponentModel.DataAnnotations;

namespace Byline.Newsroom.Screens.Tags;

public sealed class TagForm
{
    [StringLength(200, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The slug is too long: at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "The description is too long: at most 1,000 characters.")]
    public string? Description { get; set; }
}
