namespace Byline.Text.Tests;

public sealed class AuthorBoxTests
{
    [Theory]
    [InlineData("Written By")]
    [InlineData("About the author")]
    [InlineData("About the Author")]
    [InlineData("ABOUT THE AUTHOR:")]
    public void BioThatOpensWithTheNameGivesTheAuthor(string heading)
    {
        const string bio = "Aryan Singh is a political reporter who covers elections and governance.";
        var story = Stories.WithFoot(heading, bio);

        Assert.Equal([new ParsedAuthor("Aryan Singh", bio)], story.Authors);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Theory]
    [InlineData("José Álvarez covers markets from São Paulo.", "José Álvarez")]
    [InlineData("Siti Nurhaliza binti Tarudin is a business reporter.", "Siti Nurhaliza binti Tarudin")]
    [InlineData("Daniel van der Berg reports on agriculture.", "Daniel van der Berg")]
    [InlineData("Omar al-Rashid writes about the Gulf.", "Omar al-Rashid")]
    [InlineData("Sean O'Brien, a former teacher, covers education.", "Sean O'Brien")]
    [InlineData("Anne-Marie Dubois has reported from Paris since 2010.", "Anne-Marie Dubois")]
    [InlineData("Aryan Singh’s reporting focuses on elections.", "Aryan Singh")]
    [InlineData("Chen Wei (@chenwei) is based in Singapore.", "Chen Wei")]
    public void NameIsTheRunOfCapitalisedWordsBeforeTheFirstLowercaseWord(string bio, string name) =>
        Assert.Equal([new ParsedAuthor(name, bio)], Stories.WithFoot("Written By", bio).Authors);

    [Fact]
    public void NameLineThenBioGivesTheAuthor()
    {
        var story = Stories.WithFoot("About the Author\nJosé Álvarez\nHe covers Latin American markets from São Paulo.");

        Assert.Equal([new ParsedAuthor("José Álvarez", "He covers Latin American markets from São Paulo.")], story.Authors);
    }

    [Fact]
    public void JobTitleBetweenNameAndBioIsSkipped() =>
        Assert.Equal(
            [new ParsedAuthor("Daniel van der Berg", "Daniel van der Berg reports on agriculture from Brussels.")],
            Stories.WithFoot("Written By\nDaniel van der Berg\nSenior Correspondent\nDaniel van der Berg reports on agriculture from Brussels.").Authors);

    [Fact]
    public void BylineAndAuthorBoxForTheSameReporterMerge()
    {
        var story = Stories.Parse("By Aryan Singh", Stories.Lead, "Written By\nAryan Singh is a political reporter.");

        Assert.Equal([new ParsedAuthor("Aryan Singh", "Aryan Singh is a political reporter.")], story.Authors);
    }

    [Fact]
    public void BioWithoutANameBelongsToTheOnlyBylinedReporter() =>
        Assert.Equal(
            [new ParsedAuthor("Jane Doe", "She has covered South Asia for a decade.")],
            Stories.Parse("By Jane Doe", Stories.Lead, "About the author", "She has covered South Asia for a decade.").Authors);

    [Fact]
    public void SeveralAuthorBoxesGiveSeveralAuthors()
    {
        var story = Stories.WithFoot(
            "Written By\nPriya Menon is a trade correspondent based in Brussels.",
            "Written By\nDaniel van der Berg\nDaniel van der Berg reports on agriculture.");

        Assert.Equal(["Priya Menon", "Daniel van der Berg"], story.Authors.Select(a => a.Name));
    }

    [Fact]
    public void WrittenByAtTheFootThenBioEndsTheBody()
    {
        var story = Stories.WithFoot("Written by Chen Wei", "Chen Wei is a correspondent based in Singapore.", "Singapore Airlines Adds Flights");

        Assert.Equal([new ParsedAuthor("Chen Wei", "Chen Wei is a correspondent based in Singapore.")], story.Authors);
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void RailHeadlinesAfterTheBoxAreNeitherBodyNorAuthors()
    {
        var story = Stories.WithFoot(
            "Written By\nAryan Singh is a political reporter.\nAdvertisement",
            "Latest Post",
            "Narendra Modi meets Rubio in Delhi for talks on trade and tariffs\nTrump Hails Great Deal With Malaysia\nJaishankar Rubio Talks");

        Assert.Equal(["Aryan Singh"], story.Authors.Select(a => a.Name));
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void OpEdBioUnderTheBylineBelongsToTheAuthorNotTheBody()
    {
        const string bio = "John Smith is a professor of international relations at the National University of Singapore.";
        var story = Stories.WithTop("By John Smith", bio);

        Assert.Equal(new ParsedAuthor("John Smith", bio), Assert.Single(story.Authors));
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void WritersNoteBelowTheLastParagraphIsTheOnlyAuthorsBio()
    {
        const string note = "The writer is a labour economist at the University of Dhaka.";
        var story = Stories.Parse("By Farzana Hoque", Stories.Lead, Stories.Second, note);

        Assert.Equal(new ParsedAuthor("Farzana Hoque", note), Assert.Single(story.Authors));
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void LeadAboutSomeoneOtherThanTheBylinedReporterStaysInTheBody()
    {
        const string lead = "Jane Roe is a nurse in Mumbai who has worked through three monsoons, and she says this one is the worst.";
        var story = Stories.Parse("By John Smith", lead, Stories.Second);

        Assert.Equal([lead, Stories.Second], story.Paragraphs);
        Assert.Null(Assert.Single(story.Authors).Bio);
    }
}
