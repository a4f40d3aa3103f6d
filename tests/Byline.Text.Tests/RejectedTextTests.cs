namespace Byline.Text.Tests;

public sealed class RejectedTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t\r\n \u00A0\n")]
    public void EmptyTextIsRejected(string text) =>
        Assert.Contains("empty", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void TextWithNulIsRejectedAsBinary() =>
        Assert.Contains("binary", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(Stories.Headline + "\0\n\n" + Stories.Lead)).Message, StringComparison.Ordinal);

    [Fact]
    public void TextThickWithControlCharactersIsRejectedAsBinary()
    {
        var garbage = string.Concat(Enumerable.Range(0, 200).Select(i => (char)(i % 7 == 0 ? 0x01 + (i % 20) : 'a' + (i % 26))));
        Assert.Contains("binary", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(garbage)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineWithoutBodyIsRejected() =>
        Assert.Contains("no body paragraph", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(Stories.Headline + "\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void HeadlineFollowedOnlyByFurnitureIsRejected() =>
        Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(Stories.Headline + "\n\nAdvertisement\nLatest Post\nSome Other Headline\n© 2025 DailyDigest360"));

    [Fact]
    public void TextThatOpensWithALongParagraphHasNoHeadline()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat(Stories.Lead, 3));
        Assert.Contains("no headline", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse(paragraph + "\n\n" + Stories.Second)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOfOnlyFurnitureHasNoHeadline() =>
        Assert.Contains("no headline", Assert.Throws<StoryTextException>(() => StoryTextParser.Parse("Advertisement\nShare\n© 2025 DailyDigest360")).Message, StringComparison.Ordinal);

    [Fact]
    public void NullTextIsAProgrammingError() => Assert.Throws<ArgumentNullException>(() => StoryTextParser.Parse(null!));
}
