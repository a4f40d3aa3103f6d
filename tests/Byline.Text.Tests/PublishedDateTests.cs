namespace Byline.Text.Tests;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("Published: 27 October 2025", "2025-10-27T00:00:00+00:00")]
    [InlineData("October 27, 2025", "2025-10-27T00:00:00+00:00")]
    [InlineData("Oct 27, 2025", "2025-10-27T00:00:00+00:00")]
    [InlineData("27 Oct 2025", "2025-10-27T00:00:00+00:00")]
    [InlineData("Monday, 27th October 2025", "2025-10-27T00:00:00+00:00")]
    [InlineData("Sept. 3, 2025", "2025-09-03T00:00:00+00:00")]
    [InlineData("2025-10-27", "2025-10-27T00:00:00+00:00")]
    [InlineData("Updated: Oct 27, 2025 10:42 AM", "2025-10-27T10:42:00+00:00")]
    [InlineData("Updated: Oct 27, 2025 10:42 PM", "2025-10-27T22:42:00+00:00")]
    [InlineData("Published on October 27, 2025 at 18:05", "2025-10-27T18:05:00+00:00")]
    [InlineData("Oct 27, 2025 10:42 AM IST", "2025-10-27T10:42:00+05:30")]
    [InlineData("Updated 2:45 PM EDT, October 27, 2025", "2025-10-27T14:45:00-04:00")]
    [InlineData("October 27, 2025 10:42 GMT+2", "2025-10-27T10:42:00+02:00")]
    [InlineData("2025-10-27T10:42:00+05:30", "2025-10-27T10:42:00+05:30")]
    [InlineData("October 27, 2025 • 3 min read", "2025-10-27T00:00:00+00:00")]
    public void DateLineNearTheTopGivesThePublicationDate(string line, string expected)
    {
        var story = Stories.WithTop(line);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), story.PublishedAt);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void PublishedDateBeatsUpdatedDate() =>
        Assert.Equal(
            new DateTimeOffset(2025, 10, 26, 0, 0, 0, TimeSpan.Zero),
            Stories.WithTop("Updated: Oct 27, 2025 10:42 AM", "Published: 26 October 2025").PublishedAt);

    [Fact]
    public void BareDateInARailBelowTheStoryIsNotThePublicationDate() =>
        Assert.Null(Stories.WithFoot("Latest News", "Thai baht falls to six-month low", "October 20, 2025").PublishedAt);

    [Fact]
    public void LabelledDateAtTheFootIsThePublicationDate() =>
        Assert.Equal(new DateTimeOffset(2025, 10, 27, 0, 0, 0, TimeSpan.Zero), Stories.WithFoot("Published: 27 October 2025").PublishedAt);

    [Theory]
    [InlineData("10/11/2025")]
    [InlineData("October 2025 was the wettest on record in Mumbai.")]
    [InlineData("Updated: sometime last week")]
    public void AmbiguousOrProseDateIsNotAPublicationDate(string line) => Assert.Null(Stories.WithTop(line).PublishedAt);
}
