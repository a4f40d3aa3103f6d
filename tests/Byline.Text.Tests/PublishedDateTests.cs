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
    [InlineData("October 27, 2025 3:14 PM GMT+8 Updated 2 hours ago", "2025-10-27T15:14:00+08:00")]
    [InlineData("Published: 28 Oct 2025, 10:42 am", "2025-10-28T10:42:00+00:00")]
    [InlineData("Updated: Oct. 28, 2025 at 9:01 p.m. ET", "2025-10-28T21:01:00-04:00")]
    [InlineData("Updated: Jan. 6, 2025 at 9:01 p.m. ET", "2025-01-06T21:01:00-05:00")]
    [InlineData("Tue 28 Oct 2025 06.00 GMT", "2025-10-28T06:00:00+00:00")]
    [InlineData("28/10/2025", "2025-10-28T00:00:00+00:00")]
    [InlineData("2025/10/08", "2025-10-08T00:00:00+00:00")]
    [InlineData("Edited By: Priya Sharma | Updated: Nov 06, 2025, 19:42 IST", "2025-11-06T19:42:00+05:30")]
    [InlineData("First Published: Nov 06, 2025, 09:15 IST", "2025-11-06T09:15:00+05:30")]
    [InlineData("Last Updated - 28 October 2025 | 4 min read", "2025-10-28T00:00:00+00:00")]
    [InlineData("Selasa, 28 Oktober 2025", "2025-10-28T00:00:00+00:00")]
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

    // The day and month could swap, so no date is taken; but the line is still a date line, not body.
    [Theory]
    [InlineData("10/11/2025")]
    [InlineData("10.11.2025, 09:30")]
    [InlineData("Published: 10/11/2025 | 3 min read")]
    public void AmbiguousNumericDateLineLeavesTheBodyWithoutADate(string line)
    {
        var story = Stories.WithTop(line);

        Assert.Null(story.PublishedAt);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Theory]
    [InlineData("2 hours ago")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("3 min read")]
    [InlineData("Just now")]
    public void RelativeTimesAndReadingTimesAboveTheBodyAreDropped(string line)
    {
        var story = Stories.WithTop(line);

        Assert.Null(story.PublishedAt);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Theory]
    [InlineData("The law was updated in 2020 after the floods.")]
    [InlineData("Published reports put the toll at 12, officials said.")]
    public void SentenceWithDateWordsStaysInTheBody(string sentence) =>
        Assert.Contains(sentence, Stories.Parse(Stories.Lead, sentence, Stories.Second).Paragraphs);
}
