namespace Byline.Text.Analysis;

/// <summary>Finds the people, organisations and places a story names, merging the forms of each name.</summary>
public static class EntityFinder
{
    // The quotes' speakers are people or bodies the story names; the finder uses them as evidence.
    public static IReadOnlyList<Entity> Find(StoryText story, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(quotes);
        throw new NotImplementedException("entity finding is being built");
    }
}
