namespace Byline.Text.Tests;

public sealed class PageChromeTests
{
    // Furniture that may sit between paragraphs: dropped, and the story goes on after it.
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Sponsored")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Read More")]
    [InlineData("Also Read: Pakistan raises petrol prices for second time this month")]
    [InlineData("ALSO READ | Cambodia, Thailand agree to extend ceasefire")]
    [InlineData("Share")]
    [InlineData("Share this article")]
    [InlineData("Share on X")]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("Facebook | Twitter | LinkedIn | Email")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Follow us on Instagram")]
    [InlineData("Click here to read the full report")]
    [InlineData("Photo: Reuters")]
    [InlineData("Photo credit: AFP")]
    [InlineData("(Photo by Kazuhiro Nogi/AFP)")]
    [InlineData("Rubio speaks in Kuala Lumpur on Sunday. (Photo: Reuters)")]
    [InlineData("File photo")]
    [InlineData("© Reuters")]
    [InlineData("4 min read")]
    [InlineData("2 hours ago")]
    [InlineData("Associated Press writer Jane Doe contributed to this report.")]
    [InlineData("Baca juga: Harga minyak sawit dijangka stabil")]
    [InlineData("Also Read | Bihar Election 2025: Key candidates")]
    [InlineData("Get the day's top business stories delivered to your inbox.")]
    [InlineData("Enter your email")]
    [InlineData("By signing up, you agree to our Privacy Policy and Terms of Use.")]
    [InlineData("Comments (12)")]
    [InlineData("Purchase Licensing Rights, opens new tab")]
    [InlineData("Edited By: Priya Sharma")]
    [InlineData("Protesters hold placards in Manila, Philippines, October 27, 2025. REUTERS/Eloisa Lopez")]
    [InlineData("A protester carries an effigy of a crocodile. Photo: Reuters/Lisa Marie David")]
    [InlineData("President Marcos at the palace on Monday. (AP Photo/Aaron Favila)")]
    public void FurnitureBetweenParagraphsIsDroppedAndTheStoryGoesOn(string furniture)
    {
        var story = Stories.Parse(Stories.Lead, furniture, Stories.Second);

        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    // Furniture that closes the story: nothing after it is body.
    [Theory]
    [InlineData("Latest Post")]
    [InlineData("Latest Posts")]
    [InlineData("Latest News")]
    [InlineData("Related")]
    [InlineData("Related Stories")]
    [InlineData("Related Articles:")]
    [InlineData("Related Posts")]
    [InlineData("More from DailyDigest360")]
    [InlineData("You may also like")]
    [InlineData("Trending Now")]
    [InlineData("About • Terms • Privacy")]
    [InlineData("About | Contact | Privacy Policy")]
    [InlineData("© 2025 DailyDigest360")]
    [InlineData("Copyright 2025 The Ledger. All rights reserved.")]
    [InlineData("Leave a Reply")]
    public void RailOrFooterEndsTheBody(string furniture)
    {
        var story = Stories.Parse(Stories.Lead, furniture, "Thai baht falls to six-month low", "Pension savers rush to withdraw cash.");

        Assert.Equal([Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void RailHeadlinesWithoutBlankLinesDoNotLeak()
    {
        var story = Stories.WithFoot("Advertisement\nLatest Post\nRubio Says Pakistan Ties Won't Hurt India\nTrump Hails 'Great Deal' With Malaysia\nAdvertisement\n© 2025 DailyDigest360");

        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
    }

    [Theory]
    [InlineData("The ministry pulled its advertisement after complaints from viewers.")]
    [InlineData("Related talks in Geneva are expected to resume next week, diplomats said.")]
    [InlineData("Share prices in Karachi rose 2% on the news.")]
    [InlineData("Photographs of the flooding spread quickly on social media.")]
    [InlineData("Follow the money, the opposition leader told parliament.")]
    [InlineData("Latest figures show inflation fell to 3.1% in September.")]
    public void SentenceThatMentionsFurnitureWordsStaysInTheBody(string sentence) =>
        Assert.Equal([Stories.Lead, sentence, Stories.Second], Stories.Parse(Stories.Lead, sentence, Stories.Second).Paragraphs);

    [Fact]
    public void FurnitureAboveTheHeadlineIsSkipped()
    {
        var story = StoryTextParser.Parse($"Skip to content\nMenu\nHome • World • Asia\n\n{Stories.Headline}\n\n{Stories.Lead}");

        Assert.Equal(Stories.Headline, story.Headline);
        Assert.Equal([Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void TagsLineGivesTagsAndLeavesTheBody()
    {
        var story = Stories.WithFoot("Tags: India, Pakistan, ASEAN");

        Assert.Equal(["India", "Pakistan", "ASEAN"], story.Tags);
        Assert.Equal(2, story.Paragraphs.Count);
    }

    [Fact]
    public void HashtagTagsAreReadWithoutTheirHashes() =>
        Assert.Equal(["India", "Pakistan"], Stories.WithFoot("Tags: #India #Pakistan").Tags);

    [Theory]
    [InlineData("Purchase Licensing Rights")]
    [InlineData("MOST READ")]
    [InlineData("Sign Up For The Morning Briefing")]
    public void TitleLikeLinesAfterTheWireCreditAreDropped(string chrome)
    {
        var story = Stories.WithFoot("Reporting by Jane Doe; Editing by John Smith", "Our Standards: The Thomson Reuters Trust Principles.", chrome);

        Assert.Equal([Stories.Lead, Stories.Second], story.Paragraphs);
        Assert.Equal("Jane Doe", Assert.Single(story.Authors).Name);
    }

    [Fact]
    public void TitleLikeLineClosingTheBodyIsDroppedButACrossheadInsideItStays()
    {
        var story = Stories.Parse(Stories.Lead, "What Happens Next", Stories.Second, "Purchase Licensing Rights");

        Assert.Equal([Stories.Lead, "What Happens Next", Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void ShareRowAtTheFootIsDropped() =>
        Assert.Equal([Stories.Lead, Stories.Second], Stories.WithFoot("Share\nX\nFacebook\nLinkedin\nEmail\nLink").Paragraphs);

    [Fact]
    public void ToolbarAndBreadcrumbAboveTheHeadlineAreSkipped()
    {
        var story = StoryTextParser.Parse($"News > Asia\nListen to this article\nPrint\nComments (12)\n\n{Stories.Headline}\n\n{Stories.Lead}");

        Assert.Equal(Stories.Headline, story.Headline);
        Assert.Equal([Stories.Lead], story.Paragraphs);
    }

    [Fact]
    public void PullQuoteRepeatingABodyParagraphIsDropped()
    {
        const string quote = "\"We did not risk our lives so that the same old faces could come back,\" said Sudan Gurung, a leader of the movement.";
        var story = Stories.Parse(Stories.Lead, quote, "“We did not risk our lives so that the same old faces could come back”", Stories.Second);

        Assert.Equal([Stories.Lead, quote, Stories.Second], story.Paragraphs);
    }

    [Fact]
    public void RepeatedLongParagraphKeepsOnlyItsFirstOccurrence() =>
        Assert.Equal([Stories.Lead, Stories.Second], Stories.Parse(Stories.Lead, Stories.Second, Stories.Lead).Paragraphs);

    [Fact]
    public void ShortRepeatedSentenceIsKept() =>
        Assert.Equal([Stories.Lead, "He declined to comment.", Stories.Second, "He declined to comment."], Stories.Parse(Stories.Lead, "He declined to comment.", Stories.Second, "He declined to comment.").Paragraphs);
}
