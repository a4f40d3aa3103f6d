namespace Byline.Text.Tests;

/// <summary>The same story whatever its line endings, spaces and encoding debris.</summary>
public sealed class TextShapeTests
{
    private static readonly string _plain = $"{Stories.Headline}\n\nMUMBAI — {Stories.Lead}\n\n{Stories.Second}\n";

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\u2029")]
    public void LineEndingsDoNotChangeTheStory(string newline) =>
        Assert.Equal(Expected(), Parse(_plain.Replace("\n", newline, StringComparison.Ordinal)));

    [Fact]
    public void ByteOrderMarkIsIgnored() => Assert.Equal(Expected(), Parse("\uFEFF" + _plain));

    [Fact]
    public void TabsNonBreakingAndTrailingSpacesBecomeSingleSpaces() =>
        Assert.Equal(Expected(), Parse(_plain.Replace(" parts", "\u00A0 \tparts", StringComparison.Ordinal).Replace("\n", "  \t\n", StringComparison.Ordinal)));

    [Fact]
    public void SeveralBlankLinesAreOneParagraphBreak() =>
        Assert.Equal(Expected(), Parse(_plain.Replace("\n\n", "\n\n\n \n\t\n\n", StringComparison.Ordinal)));

    [Fact]
    public void CurlyQuotesAndApostrophesAreKeptAsTyped()
    {
        const string quote = "“We’re not out of the woods yet,” said the mayor’s aide, quoting a ‘senior’ official.";
        Assert.Equal(quote, Stories.Parse(Stories.Lead, quote).Paragraphs[^1]);
    }

    [Fact]
    public void NonAsciiNamesAndPlacesAreKeptAsTyped()
    {
        var story = StoryTextParser.Parse("Zürich vote backs ÖV expansion\n\nZürich — Voters in Zürich approved a plan, Ægir Þórsson said.\n");

        Assert.Equal("Zürich", story.Dateline?.Place);
        Assert.Equal("Voters in Zürich approved a plan, Ægir Þórsson said.", story.Paragraphs[0]);
    }

    [Fact]
    public void HardWrappedParagraphIsJoinedWithSpaces()
    {
        var story = Stories.Parse(
            "Heavy rain flooded low-lying parts of Mumbai on Tuesday, disrupting\ntrains and forcing schools to close, officials said.",
            "The weather office warned of more\nrain over the next 48 hours.");

        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void ParagraphsSeparatedBySingleNewlinesAsCopiedFromABrowserStaySeparate()
    {
        var story = Stories.Parse(Stories.Lead + "\n" + Stories.Second + "\nOfficials urged residents to stay indoors.");

        Assert.Equal([Stories.Lead, Stories.Second, "Officials urged residents to stay indoors."], story.Paragraphs);
    }

    [Fact]
    public void FurnitureLinesGluedToProseStillStandApart()
    {
        var story = Stories.Parse(Stories.Lead + "\nAdvertisement\n" + Stories.Second + "\nWritten By\nAryan Singh is a reporter.\nAdvertisement\nLatest Post");

        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
        Assert.Equal("Aryan Singh", Assert.Single(story.Authors).Name);
    }

    private static string Parse(string text) => Corpus.Serialize(StoryTextParser.Parse(text));

    private static string Expected() => Parse(_plain);
}
