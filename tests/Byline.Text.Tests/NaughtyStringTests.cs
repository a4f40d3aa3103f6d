namespace Byline.Text.Tests;

/// <summary>The Big List of Naughty Strings, alone and placed where a story's parts go.</summary>
public sealed class NaughtyStringTests
{
    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, Corpus.NaughtyStrings().Count)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void ParseGivesAStoryOrAStoryTextExceptionForNaughtyStrings(int index)
    {
        var naughty = Corpus.NaughtyStrings()[index];
        string[] texts =
        [
            naughty,
            $"{naughty}\n\n{Stories.Lead}",
            $"{Stories.Headline}\n\n{naughty}",
            $"{Stories.Headline}\n\n{naughty}\n{naughty}\n\n{Stories.Lead}\n\nWritten By\n{naughty}\n{naughty}",
            $"{Stories.Headline}\n\nBy {naughty}\n\n{naughty}: {Stories.Lead}\n\nTags: {naughty}\nPublished: {naughty}",
        ];

        foreach (var text in texts)
        {
            try
            {
                var story = StoryTextParser.Parse(text);
                Assert.False(string.IsNullOrWhiteSpace(story.Headline));
                Assert.NotEmpty(story.Paragraphs);
            }
            catch (StoryTextException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void DatelineSplitNeverThrowsForNaughtyStrings(int index)
    {
        var naughty = Corpus.NaughtyStrings()[index];
        _ = DatelineParser.Split(naughty);
        _ = DatelineParser.Split($"{naughty} — {naughty}");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void SlugOfANaughtyStringHoldsOnlyLowercaseLettersDigitsAndHyphens(int index)
    {
        var slug = Slugs.Slugify(Corpus.NaughtyStrings()[index]);

        Assert.Matches("^([a-z0-9]+(-[a-z0-9]+)*)?$", slug);
        Assert.True(slug.Length <= 80);
    }
}
