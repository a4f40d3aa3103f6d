namespace Byline.Text.Analysis;

/// <summary>Finds the direct quotes of a story and attributes each to its speaker.</summary>
public static class QuoteFinder
{
    public static IReadOnlyList<Quote> Find(StoryText story)
    {
        ArgumentNullException.ThrowIfNull(story);
        throw new NotImplementedException("quote attribution is being built");
    }
}
