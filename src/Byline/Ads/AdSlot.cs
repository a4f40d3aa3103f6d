namespace Byline.Ads;

public enum AdPlacement
{
    TopBanner = 0,
    InStory = 1,
    Rail = 2,
    Footer = 3,
}

// A named placement. Its size is reserved on the page whether or not it fills, so nothing shifts.
public class AdSlot
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public AdPlacement Placement { get; set; }
    public int? AfterParagraph { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    // Either markup from an administrator (rendered in a sandboxed frame) or an image with a link.
    public string? Html { get; set; }
    public string? ImageUrl { get; set; }
    public string? LinkUrl { get; set; }
    public string? AltText { get; set; }
    public bool Enabled { get; set; }
}
