using Byline.Text.Analysis;
using Byline.Text.Analysis.Quotes;

namespace Byline.Text.Tests;

public sealed class QuoteFinderTests
{
    private static IReadOnlyList<Quote> Find(params string[] paragraphs) => QuoteFinder.Find(new StoryText(paragraphs));

    [Fact]
    public void ASpeakerAfterTheQuoteIsResolvedToTheFullNameTheStoryGave()
    {
        var quotes = Find("Minister speaks", "Home Secretary Charles Clarke visited Leeds.", "\"We will not give in,\" Mr Clarke said.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("We will not give in,", "Charles Clarke", "Mr Clarke", "said", 2), (quote.Text, quote.Speaker, quote.Mention, quote.Cue, quote.Paragraph));
    }

    [Fact]
    public void ARoleInsideARunOfCapitalsIsNoPartOfTheName()
    {
        var quotes = Find("Pension plans", "Pensions Secretary Arthur Pennywise said: \"We have a challenge.\"", "Clerk Nurul Aina Yusof, 34, said: \"I take the old road.\"");

        Assert.Equal(["Arthur Pennywise", "Nurul Aina Yusof"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AnUnnamedSpokesmanSpeaksForTheBodyLastNamedOrTheSpokesmanBefore()
    {
        var quotes = Find(
            "Pensioners' benefit",
            "Age Concern said the government must think again. \"Pensioners are missing out,\" a spokesman said.",
            "Prime Minister Tony Blair was in Leeds. \"It is the right thing to do,\" Tony Blair's official spokesman said. \"We are sure of it,\" the spokesman added later.");

        Assert.Equal(["Age Concern", "Tony Blair's official spokesman", "Tony Blair's official spokesman"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void SaidBeforeTheNameAndAColonIntroductionBothAttribute()
    {
        var quotes = Find("Budget row", "\"It is a con,\" said Lib Dem spokesman Vincent Cable.", "Tory leader Michael Howard said: \"Families will pay.\"");

        Assert.Equal(["Vincent Cable", "Michael Howard"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AQuoteBrokenByItsAttributionGivesTwoSpansWithOneSpeaker()
    {
        var quotes = Find("Headline here today", "Jane Okafor chairs the board.", "\"We will,\" she said. \"Keep going.\"");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Jane Okafor", q.Speaker));
        Assert.True(quotes[1].Continues);
    }

    [Fact]
    public void AQuoteOverSeveralParagraphsGivesASpanForEachAndKeepsItsSpeaker()
    {
        var quotes = Find("Headline here today", "Gordon Brown spoke in Glasgow. He said: \"The economy is strong.", "\"We will keep it that way.\"");

        Assert.Equal(2, quotes.Count);
        Assert.Equal(["Gordon Brown", "Gordon Brown"], quotes.Select(q => q.Speaker));
        Assert.True(quotes[1].Continues);
    }

    [Fact]
    public void HonorificsAreDroppedButPeersKeepTheirName()
    {
        var quotes = Find("Headline here today",
            "\"We are ready,\" Datuk Seri Anwar Ibrahim told reporters.",
            "\"The law is clear,\" said Lord Goldsmith.");

        Assert.Equal(["Anwar Ibrahim", "Lord Goldsmith"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ASpokesmanForABodyIsTheBodyAndForAPersonIsThatPersonsSpokesman()
    {
        var quotes = Find("Headline here today",
            "Prime Minister Tony Blair was in Brussels.",
            "\"No decision has been taken,\" a Home Office spokesman said.",
            "\"He is relaxed about it,\" Mr Blair's official spokesman said.");

        Assert.Equal(["the Home Office", "Tony Blair's official spokesman"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ATitleResolvesToThePersonTheStoryGaveIt()
    {
        var quotes = Find("Headline here today", "U.S. Secretary of State Marco Rubio met his hosts.", "\"We are partners,\" the secretary of state said.");

        Assert.Equal("Marco Rubio", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ShortWordsAttributedByAReportingVerbAreFragmentQuotes()
    {
        var quotes = Find("Headline here today", "The Tories dismissed the plan as \"desperate\".");

        var quote = Assert.Single(quotes);
        Assert.Equal(("the Tories", true), (quote.Speaker, quote.IsFragment));
    }

    // A word that is no given name, before one that is, says what the speaker is, not who; a known
    // given name, an honorific or an unknown first word before the surname stays in the name.
    [Theory]
    [InlineData("Striker Rupert Eddlestone said: \"We deserved to win the cup.\"", "Rupert Eddlestone")]
    [InlineData("Pensioner Margaret Oakhurst told the BBC: \"I cannot pay this bill.\"", "Margaret Oakhurst")]
    [InlineData("Grace Oakhurst said: \"I cannot pay this bill at all.\"", "Grace Oakhurst")]
    [InlineData("Datuk Seri Anwar Ibrahim said: \"We will keep going with the reforms.\"", "Anwar Ibrahim")]
    [InlineData("Kestrel Quillon said: \"We will keep going with the reforms.\"", "Kestrel Quillon")]
    public void AWordBeforeAGivenNameThatIsNoNameIsNotPartOfTheSpeaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Find("Headline here today", paragraph)).Speaker);

    [Theory]
    [InlineData("The report, called \"Building Britain's Future\", was published on Monday.")]
    [InlineData("Voters backed a \"yes\" vote by a wide margin.")]
    [InlineData("The so-called \"war on terror\" dominated the debate.")]
    [InlineData("He has been dubbed the \"Iron Chancellor\" by colleagues.")]
    [InlineData("The \"reforms\" were announced on Friday.")]
    public void TitlesNicknamesTermsAndScareQuotesAreNotQuotes(string paragraph) =>
        Assert.Empty(Find("Headline here today", paragraph));

    [Fact]
    public void SingleQuotationMarksAreNeverQuotes() =>
        Assert.Empty(Find("Blair warns of 'key terror risk'", "Mr Blair called it a 'key risk' to the country."));

    [Fact]
    public void CurlyAndStraightMarksAreRead()
    {
        var quotes = Find("Headline here today", "“We are ready,” said Sen. Jane Doe.", "\"So are we,\" said Rep. John Roe.");

        Assert.Equal(["Jane Doe", "John Roe"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AStatementOfABodyGoesToTheBody()
    {
        var quotes = Find("Headline here today", "The Meteorological Department said in a statement that \"heavy rain is expected over the weekend\".");

        Assert.Equal("the Meteorological Department", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ThePronounGoesToTheSubjectOfThePreviousSentenceNotItsObject()
    {
        var quotes = Find("Headline here today", "Mr Howard criticised Mr Blair over the budget.", "\"It is a disgrace,\" he said.", "Michael Howard leads the Tories and Tony Blair is prime minister.");

        Assert.Equal("Michael Howard", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void TheSpeakerIsTheWholeNounPhraseNotItsHeadNoun()
    {
        var quotes = Find("Headline here today", "Ministers met on Monday.", "A Foreign Office spokesman said: \"We have made our views known.\"");

        Assert.Equal(["the Foreign Office"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ANameSetOffBesideABareRoleIsTheSpeaker()
    {
        var quotes = Find("Headline here today",
            "The Ramblers Association opposed the plan. Its chief executive, Dr Helen Marsh, said: \"This is a charter for landowners.\"",
            "\"We will fight it,\" said its chairman, Peter Quigley.",
            "Meanwhile, Transport Secretary Alistair Darling, speaking in Leeds, said: \"The roads are safe.\"");

        Assert.Equal(["Helen Marsh", "Peter Quigley", "Alistair Darling"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void APrimeMinistersSpokesmanIsThePersonHisSentenceNamesAndLaterTheSpokesmanOrHeIsTheSame()
    {
        var quotes = Find("Headline here today",
            "The prime minister's official spokesman said Mr Major had \"every sympathy\" with the farmers. \"He will meet them next week,\" the spokesman said.",
            "John Major visited Devon on Friday.",
            "The prime minister's official spokesman said Mr Major backed the plan. \"It is the right course,\" he said.");

        Assert.Equal(Enumerable.Repeat("John Major's official spokesman", 3), quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ASpokeswomanForABodyTheStoryGivesNoTitleIsThatBodyAndSoIsTheSheAfterHer()
    {
        var quotes = Find("Headline here today",
            "Sir Alan Duncan said the plan was flawed.",
            "A spokeswoman for Friends of the Earth said the figures were wrong. \"We will publish our own,\" she said.",
            "\"The law is clear,\" a spokesman for Oxfam said.");

        Assert.Equal(["Friends of the Earth", "Oxfam"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AGroupOrPersonTheStoryDoesNotNameIsGivenAsTheTextGivesThem()
    {
        var quotes = Find("Headline here today",
            "Ministers have promised reform, but Labour peers have promised \"a long fight over every clause\".",
            "\"We were never asked,\" one hospital porter said.");

        Assert.Equal(["Labour peers", "one hospital porter"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void TheRoleOrBodyNounOfAnEarlierNameIsThatName()
    {
        var quotes = Find("Headline here today",
            "Gordon Brown, whose allies had been blamed, spoke first. \"This was the right result,\" the chancellor said.",
            "The Department for Transport published its figures on Monday. \"Roads are safer than ever,\" the department said.");

        Assert.Equal(["Gordon Brown", "the Department for Transport"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ANameEndingInAPronounsLettersIsNotThatPronoun()
    {
        var quotes = Find("Headline here today",
            "The union backed the deal. Professor Ivy Crewe, its president, told the BBC: \"It is a fair offer.\"");

        Assert.Equal("Ivy Crewe", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ASubjectIsReadPastALongRelativeClauseAndAPossessiveOrAPhraseBeforeItsName()
    {
        var quotes = Find("Headline here today",
            "Mr Hoon, who spent the weekend touring army bases in Germany and Cyprus before flying back to London for the vote, said the plan was \"the right one for the forces\".",
            "Their man in the Lords, Lord Haskel, said: \"We will not block it.\"",
            "The Greens' Caroline Lucas said: \"It is a missed chance.\"",
            "Geoff Hoon is defence secretary.");

        Assert.Equal(["Geoff Hoon", "Lord Haskel", "Caroline Lucas"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void APartyNamedByOneWordAndAGroupNamedWithOfAreGivenAsTheTextGivesThem()
    {
        var quotes = Find("Headline here today",
            "Labour said the Tory plan would mean \"cuts to every school\".",
            "Opponents of the scheme say it was brought in with \"no consultation at all\".");

        Assert.Equal(["Labour", "Opponents of the scheme"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void TheDeputyOrAFormerHolderOfAnOfficeIsNotTheOneWhoHoldsIt()
    {
        var quotes = Find("Headline here today",
            "Deputy Prime Minister John Prescott and former foreign secretary Robin Cook were at the meeting.",
            "The prime minister's official spokesman said Tony Blair would attend. \"He is looking forward to it,\" the spokesman said.",
            "\"We are not there yet,\" the foreign secretary said.");

        Assert.Equal(["Tony Blair's official spokesman", "the foreign secretary"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void TheNameBesideABodysRoleSpeaksAndABodyNameMayRunOnOverTo()
    {
        var quotes = Find("Headline here today",
            "The Royal College of Nursing's general secretary, Beverly Malone, called the offer \"an insult\".",
            "The Campaign to Save Local Post Offices said the closures were \"a betrayal of rural Britain\".");

        Assert.Equal(["Beverly Malone", "the Campaign to Save Local Post Offices"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AClauseJoinedByAndAfterANameInMarksIsNoAttributionOfIt()
    {
        var quotes = Find("Headline here today",
            "Members filed past the \"Aye\" and \"Vote Later\" desks, and the chairman, once described as \"a fair man to all sides\", watched them.");

        Assert.DoesNotContain(quotes, q => q.Text == "Vote Later");
    }

    [Fact]
    public void HostileAndHugeInputFindsWhatItCanWithoutFailing()
    {
        var huge = string.Concat(Enumerable.Repeat("\"a \"b\" c\" “ ” \" ", 20_000));
        var quotes = Find("\"", huge, "", "\"\"\"", "“unclosed");

        Assert.NotNull(quotes);
    }

    [Fact]
    public void TheGoldenCorpusStaysAboveItsFloor()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Byline.slnx")))
        {
            root = root.Parent!;
        }

        var scores = new List<QuoteScore>();
        foreach (var labels in Directory.EnumerateFiles(Path.Combine(root.FullName, "tests", "corpus", "quotes"), "*.json", SearchOption.AllDirectories))
        {
            var story = StoryTextParser.Parse(File.ReadAllText(Path.ChangeExtension(labels, ".txt")));
            var text = StoryText.From(story.Headline, story.Dek, story.Paragraphs);
            scores.Add(QuoteEvaluation.Score(labels, "all", QuoteFinder.Find(text), File.ReadAllText(labels)));
        }

        var all = QuoteScore.Sum("all", scores);
        // The floor is where the rules stand on the corpus, labelled apart from the code, so that no
        // change makes them worse; the aim (pairs 0.95 / 0.90) is measured by `byline quotes --evaluate`.
        Assert.True(all.Labelled >= 450, $"the corpus has {all.Labelled} labelled quotes");
        Assert.True(all.SpanPrecision >= 0.97 && all.SpanRecall >= 0.98, string.Join('\n', all.Misses));
        Assert.True(all.PairPrecision >= 0.94 && all.PairRecall >= 0.95, string.Join('\n', all.Misses));
    }
}
