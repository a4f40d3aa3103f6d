using Byline.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Infrastructure;

// Puts stories into a test app the way the newsroom does, through StoryWriter. (Not named
// Newsroom: that is the namespace of the newsroom itself.)
public static class TestStories
{
    public static Task SaveAsync(this BylineApp app, IncomingStory story) =>
        app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));

    public static Task<T> QueryAsync<T>(this BylineApp app, Func<BylineDb, Task<T>> query) =>
        app.WithServicesAsync(s => query(s.GetRequiredService<BylineDb>()));

    // A story as a reporter files it: headline and Markdown body, one author, a section, no image.
    public static IncomingStory Written(string slug, string headline, string body, DateTime publishedAt, StoryStatus status = StoryStatus.Published, string section = "Politics") => new()
    {
        Headline = headline,
        Slug = slug,
        BodyMarkdown = body,
        Authors = [new IncomingAuthor("Farah Iskandar")],
        Section = section,
        Status = status,
        PublishedAt = publishedAt,
    };

    // A story published a little while ago, with an image, two authors, a section and tags.
    public static IncomingStory FreshStory(string slug, DateTime? publishedAt = null) => new()
    {
        Headline = $"Fresh story {slug}",
        Slug = slug,
        Dek = "A dek for the fresh story.",
        BodyMarkdown = $"First paragraph of {slug}, with [a link](/about).\n\nSecond paragraph of {slug}.",
        Authors = [new IncomingAuthor("Aryan Singh"), new IncomingAuthor("Farah Iskandar")],
        Section = "Politics",
        Tags = ["Malaysia", "Elections"],
        PublishedAt = publishedAt ?? DateTime.UtcNow.AddHours(-1),
        Image = new FeaturedImage { Url = $"/media/{slug}.jpg", Alt = $"Alt text for {slug}", Caption = "A caption", Credit = "Staff" },
    };
}
