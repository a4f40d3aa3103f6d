namespace Byline.Pages;

// A static page: About, Terms, Privacy.
public class Page
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
