namespace Byline.Text.Tests;

public sealed class SlugsTests
{
    private const string FixtureHeadline =
        "Marco Rubio Highlights India's Multi-Alignment to Defend US Relationship with Pakistan: A Strategic Imperative.";

    [Fact]
    public void FixtureHeadlineIsCutAtTheLastWholeWordWithinEightyCharacters()
    {
        // The full slug runs to 104 characters; "with" ends at 76 and "pakistan" would end at 85.
        Assert.Equal("marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with", Slugs.Slugify(FixtureHeadline));
    }

    [Fact]
    public void ShortHeadlineIsNotCut() =>
        Assert.Equal("marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with-pakistan-a-strategic-imperative", Slugs.Slugify(FixtureHeadline, 200));

    [Theory]
    [InlineData("India's", "indias")]
    [InlineData("India’s mayor’s ‘plan’", "indias-mayors-plan")]
    [InlineData("Café Zürich señor", "cafe-zurich-senor")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren Kierkegaard", "soren-kierkegaard")]
    [InlineData("Æsir and Œuvre", "aesir-and-oeuvre")]
    [InlineData("Diyarbakır İstanbul", "diyarbakir-istanbul")]
    [InlineData("Łódź", "lodz")]
    [InlineData("José Álvarez", "jose-alvarez")]
    [InlineData("  --Hello,   World!!--  ", "hello-world")]
    [InlineData("US$7bn deal: 50% tariff", "us-7bn-deal-50-tariff")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ ﬁne", "fullwidth-fine")]
    public void SlugIsLowercaseAsciiWithSingleHyphens(string text, string slug) => Assert.Equal(slug, Slugs.Slugify(text));

    [Theory]
    [InlineData("日本の首相")]
    [InlineData("Путин заявил")]
    [InlineData("مرحبا")]
    [InlineData("!!! ??? ...")]
    [InlineData("")]
    public void TextWithNoLatinLettersGivesAnEmptySlug(string text) => Assert.Equal("", Slugs.Slugify(text));

    [Fact]
    public void SingleOverlongWordIsCutHard() => Assert.Equal("abcde", Slugs.Slugify("Abcdefghij", 5));

    [Fact]
    public void CutNeverLeavesATrailingHyphen() => Assert.Equal("abc", Slugs.Slugify("abc def", 4));

    [Fact]
    public void SlugOfEveryCharacterAndSurrogateHalfNeverThrows()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Matches("^[a-z0-9-]*$", Slugs.Slugify($"a{(char)c}b"));
        }

        Assert.Equal("a-b", Slugs.Slugify("a\uD83D b"));
        Assert.Equal("a-b", Slugs.Slugify("a\U0001F600b")); // an emoji is a symbol like any other
    }

    [Fact]
    public void MaxLengthBelowOneIsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => Slugs.Slugify("abc", 0));
}
