namespace Byline.Text.Tests;

public sealed class BylineTests
{
    [Theory]
    [InlineData("By Aryan Singh", new[] { "Aryan Singh" })]
    [InlineData("BY JANE DOE", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("By Farhana Rahman, Nusrat Jahan and Tanvir Ahmed", new[] { "Farhana Rahman", "Nusrat Jahan", "Tanvir Ahmed" })]
    [InlineData("By Farhana Rahman, Nusrat Jahan, and Tanvir Ahmed", new[] { "Farhana Rahman", "Nusrat Jahan", "Tanvir Ahmed" })]
    [InlineData("By Priya Menon & Daniel van der Berg", new[] { "Priya Menon", "Daniel van der Berg" })]
    [InlineData("By Jane Doe, Staff Reporter", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, a political reporter", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe | Reuters", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe in New Delhi", new[] { "Jane Doe" })]
    [InlineData("Written by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Written By: Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Author: Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By José Álvarez", new[] { "José Álvarez" })]
    [InlineData("By SEAN O'BRIEN", new[] { "Sean O'Brien" })]
    [InlineData("By Siti Nurhaliza binti Tarudin", new[] { "Siti Nurhaliza binti Tarudin" })]
    [InlineData("By Omar al-Rashid", new[] { "Omar al-Rashid" })]
    [InlineData("By S. Jaishankar", new[] { "S. Jaishankar" })]
    [InlineData("By Jane Doe in Jakarta", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe, Jakarta", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe in Jakarta and Ahmad Yani in Surabaya", new[] { "Jane Doe", "Ahmad Yani" })]
    [InlineData("Oleh Ahmad Faizal", new[] { "Ahmad Faizal" })]
    [InlineData("OLEH AHMAD FAIZAL", new[] { "Ahmad Faizal" })]
    [InlineData("By 王小明", new[] { "王小明" })]
    [InlineData("By 王小明 and Li Wei", new[] { "王小明", "Li Wei" })]
    [InlineData("By محمد العلي", new[] { "محمد العلي" })]
    [InlineData("By 김민준 | Updated: Oct 28, 2025", new[] { "김민준" })]
    public void BylineAboveTheBodyNamesTheAuthors(string byline, string[] names)
    {
        var story = Stories.WithTop(byline);

        Assert.Equal(names, story.Authors.Select(a => a.Name));
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Theory]
    [InlineData("By AFP")]
    [InlineData("By Express Web Desk")]
    [InlineData("By Our Correspondent")]
    [InlineData("By Reuters")]
    public void AgencyCreditIsDroppedWithoutInventingAnAuthor(string byline)
    {
        var story = Stories.WithTop(byline);

        Assert.Empty(story.Authors);
        Assert.Equal(2, story.Paragraphs.Count);
    }

    [Theory]
    [InlineData("By Tuesday the talks had stalled, officials said.")]
    [InlineData("By Jane Doe's own account, the talks had stalled.")]
    [InlineData("By then, the river had burst its banks.")]
    public void SentenceStartingWithByStaysInTheBody(string sentence)
    {
        var story = Stories.WithFoot(sentence);

        Assert.Empty(story.Authors);
        Assert.Equal(sentence, story.Paragraphs[^1]);
    }

    [Fact]
    public void StoryWithoutBylineHasNoAuthors() => Assert.Empty(Stories.Parse(Stories.Lead, Stories.Second).Authors);

    [Fact]
    public void WireCreditAtTheFootNamesTheReportersAndLeavesTheBody()
    {
        var story = Stories.WithFoot("Reporting by Krishn Kaushik and Shivangi Acharya in New Delhi; Editing by Kim Coghill");

        Assert.Equal(["Krishn Kaushik", "Shivangi Acharya"], story.Authors.Select(a => a.Name));
        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void WireCreditDoesNotAddReportersWhenTheBylineNamedSomeone()
    {
        var story = Stories.Parse("By Jane Doe", Stories.Lead, "(Reporting by John Smith; Editing by Kim Coghill)");

        Assert.Equal(["Jane Doe"], story.Authors.Select(a => a.Name));
        Assert.Equal([Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void BylineWithADateGivesThePublicationDate() =>
        Assert.Equal(new DateTimeOffset(2025, 10, 27, 0, 0, 0, TimeSpan.Zero), Stories.WithTop("By Jane Doe | October 27, 2025").PublishedAt);
}
