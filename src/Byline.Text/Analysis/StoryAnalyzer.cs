using Byline.Text.Analysis.Quotes;

namespace Byline.Text.Analysis;

/// <summary>
/// Reads a story once for everything the newsroom wants of it: its quotes with their speakers,
/// and the people, organisations and places it names. The people are read first, from every
/// paragraph, and both the quotes and the entities are taken against that one reading, so that a
/// quote's speaker and the person listed in the story are always the same name.
/// </summary>
public static class StoryAnalyzer
{
    public static StoryAnalysis Analyze(StoryText story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var paragraphs = QuoteFinder.Bounded(story);
        var people = People.Read(paragraphs);
        var quotes = QuoteFinder.Find(paragraphs, people);
        var entities = EntityFinder.Find(paragraphs, people, quotes, story.Dateline);
        return new StoryAnalysis(quotes, entities);
    }
}
