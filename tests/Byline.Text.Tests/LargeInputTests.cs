namespace Byline.Text.Tests;

/// <summary>
/// A megabyte of pasted text parses (no regex that backtracks without end, no rule that compares
/// every paragraph with every other). Only the result is asserted: timings vary between machines.
/// </summary>
public sealed class LargeInputTests
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public void MegabyteStoryOfParagraphsParsesWhole()
    {
        var paragraphs = Enumerable.Range(0, Megabyte / 120).Select(i => $"Paragraph {i}: {Stories.Lead}").ToList();
        var story = StoryTextParser.Parse($"{Stories.Headline}\n\n{string.Join("\n\n", paragraphs)}");

        Assert.Equal(paragraphs.Count, story.Paragraphs.Count);
        Assert.Equal(paragraphs[^1], story.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("a ")]
    [InlineData("((")]
    [InlineData("By ")]
    [InlineData("Updated 1 ")]
    [InlineData("Kuala Lumpur: ")]
    [InlineData("Share\n")]
    [InlineData("Jane Doe is here\n")]
    public void MegabyteOfOneRepeatedPieceGivesAStoryOrAStoryTextException(string piece)
    {
        var text = $"{Stories.Headline}\n\n{Stories.Lead}\n\n{string.Concat(Enumerable.Repeat(piece, Megabyte / piece.Length))}";
        try
        {
            Assert.NotEmpty(StoryTextParser.Parse(text).Paragraphs);
        }
        catch (StoryTextException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        }
    }
}
