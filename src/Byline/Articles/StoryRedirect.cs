namespace Byline.Articles;

// An address a published story had before its slug changed. The row names the story, not its
// next slug, so a chain of renames (a → b → c) sends the oldest address straight to the newest.
// SlugRedirects keeps these rows; StoryPage answers an old slug with a 301 to the story's address.
public class StoryRedirect
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int StoryId { get; set; }
    public Story? Story { get; set; }
    public DateTime CreatedAt { get; set; }
}

// The same for static pages (About, Terms), which sit at /{slug} beside the sections.
public class PageRedirect
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int PageId { get; set; }
    public Page? Page { get; set; }
    public DateTime CreatedAt { get; set; }
}
