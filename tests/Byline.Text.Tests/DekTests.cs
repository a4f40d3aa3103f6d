namespace Byline.Text.Tests;

public sealed class DekTests
{
    [Fact]
    public void ShortLineWithoutFinalPunctuationUnderTheHeadlineIsTheDek()
    {
        var story = Stories.Parse("Treasury warns of difficult choices as borrowing overshoots", Stories.Lead, Stories.Second);

        Assert.Equal("Treasury warns of difficult choices as borrowing overshoots", story.Dek);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void SentenceFollowedByABylineIsTheDek()
    {
        var story = Stories.Parse("The two ministers will discuss trade and tariffs.", "By Neha Sharma", Stories.Lead);

        Assert.Equal("The two ministers will discuss trade and tariffs.", story.Dek);
        Assert.Equal([Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void SentenceFollowedByTheDatelinedLeadIsTheDek() =>
        Assert.Equal(
            "The two ministers will discuss trade and tariffs.",
            Stories.Parse("The two ministers will discuss trade and tariffs.", "MUMBAI — " + Stories.Lead).Dek);

    [Fact]
    public void ShortSentenceFollowedByOrdinaryBodyStaysInTheBody()
    {
        var story = Stories.Parse("Mumbai was hit by heavy rain on Tuesday.", Stories.Lead);

        Assert.Null(story.Dek);
        Assert.Equal(["Mumbai was hit by heavy rain on Tuesday.", Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void LineDirectlyUnderTheHeadlineWithoutABlankLineIsNotADek()
    {
        var story = StoryTextParser.Parse($"{Stories.Headline}\nA line that could be a dek\n\n{Stories.Lead}");

        Assert.Null(story.Dek);
    }

    [Fact]
    public void OnlyParagraphIsNeverTakenAsTheDek()
    {
        var story = Stories.Parse("Schools will stay closed on Wednesday");

        Assert.Null(story.Dek);
        Assert.Equal(["Schools will stay closed on Wednesday"], story.Paragraphs);
    }

    [Fact]
    public void DatelinedLeadIsNeverTheDek()
    {
        var story = Stories.Parse("MUMBAI — Rain closed schools", Stories.Second);

        Assert.Null(story.Dek);
        Assert.Equal(new Dateline("MUMBAI"), story.Dateline);
    }
}
