namespace Byline.Text.Analysis;

/// <summary>Finds the quotes with their speakers and the people, organisations and places of a story.</summary>
public static class StoryAnalyzer
{
    public static StoryAnalysis Analyze(StoryText story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var quotes = QuoteFinder.Find(story);
        var entities = EntityFinder.Find(story, quotes);
        return new StoryAnalysis(quotes, entities);
    }
}
