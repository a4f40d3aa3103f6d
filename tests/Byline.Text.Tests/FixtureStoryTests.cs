namespace Byline.Text.Tests;

/// <summary>The reference page: a DailyDigest360 story copied as text, furniture and all.</summary>
public sealed class FixtureStoryTests
{
    private static readonly ParsedStory _story = StoryTextParser.Parse(Corpus.ReadStory("000_d4b235a49ae8a96e"));

    [Fact]
    public void HeadlineIsKeptExactlyAsWrittenIncludingItsFinalPeriod() =>
        Assert.Equal(
            "Marco Rubio Highlights India's Multi-Alignment to Defend US Relationship with Pakistan: A Strategic Imperative.",
            _story.Headline);

    [Fact]
    public void DatelineIsKualaLumpurAndLeavesTheFirstParagraph()
    {
        Assert.Equal(new Dateline("Kuala Lumpur"), _story.Dateline);
        Assert.StartsWith("U.S. Secretary of State Marco Rubio", _story.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void BodyHasEightParagraphsInOrderWithQuotesIntact()
    {
        Assert.Equal(8, _story.Paragraphs.Count);
        Assert.StartsWith("Rubio acknowledged potential unease", _story.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("\"New Delhi is concerned for obvious reasons, but I don't think", _story.Paragraphs[2], StringComparison.Ordinal);
        Assert.Contains("\"a long history of partnering on counter-terrorism\"", _story.Paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("The Secretary of State's comments", _story.Paragraphs[4], StringComparison.Ordinal);
        Assert.StartsWith("Addressing India's energy ties", _story.Paragraphs[5], StringComparison.Ordinal);
        Assert.StartsWith("Some experts believe", _story.Paragraphs[6], StringComparison.Ordinal);
        Assert.StartsWith("Observers say the Jaishankar-Rubio meeting", _story.Paragraphs[7], StringComparison.Ordinal);
        Assert.EndsWith("strategic partnership with India.", _story.Paragraphs[7], StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorIsAryanSinghWithTheWholeBio()
    {
        var author = Assert.Single(_story.Authors);
        Assert.Equal("Aryan Singh", author.Name);
        Assert.StartsWith("Aryan Singh is a political reporter known for his sharp analysis", author.Bio, StringComparison.Ordinal);
        Assert.Contains("Aryan’s credibility stems", author.Bio, StringComparison.Ordinal);
        Assert.EndsWith("a bridge between public voice and policy power.", author.Bio, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Latest Post")]
    [InlineData("Terms")]
    [InlineData("Privacy")]
    [InlineData("DailyDigest360")]
    [InlineData("Written By")]
    [InlineData("Aryan Singh is")]
    public void PageFurnitureStaysOutOfTheBody(string furniture) =>
        Assert.DoesNotContain(_story.Paragraphs, p => p.Contains(furniture, StringComparison.Ordinal));

    [Fact]
    public void FixtureReadsTheSameWithoutItsBlankLinesOrWithWindowsLineEndings()
    {
        var text = Corpus.ReadStory("000_d4b235a49ae8a96e");
        var squeezed = string.Join('\n', text.Split('\n').Where(l => l.Length > 0));

        Assert.Equal(Corpus.Serialize(_story), Corpus.Serialize(StoryTextParser.Parse(squeezed)));
        Assert.Equal(Corpus.Serialize(_story), Corpus.Serialize(StoryTextParser.Parse(text.ReplaceLineEndings("\r\n"))));
    }

    [Fact]
    public void FixtureHasNoDekDateOrTags()
    {
        Assert.Null(_story.Dek);
        Assert.Null(_story.PublishedAt);
        Assert.Empty(_story.Tags);
    }
}
