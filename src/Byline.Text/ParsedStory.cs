namespace Byline.Text;

/// <summary>A story read from plain text: what a newsroom would keep of a copied web page.</summary>
public sealed record ParsedStory(
    string Headline,
    Dateline? Dateline,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ParsedAuthor> Authors)
{
    /// <summary>A standfirst/subheading found directly under the headline, if the text had one.</summary>
    public string? Dek { get; init; }

    /// <summary>A publication date stated in the text ("Published: 27 October 2025"), if any.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Tags listed in the text ("Tags: India, Pakistan"), if any.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>The place (and optional date or agency) that opens a story: "Kuala Lumpur:", "NEW DELHI, Oct 27 —".</summary>
public sealed record Dateline(string Place, string? Date = null, string? Agency = null);

/// <summary>A reporter named in a byline or an author box; the bio is the author box's text.</summary>
public sealed record ParsedAuthor(string Name, string? Bio = null);
