namespace Byline.Text.Tests;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("Kuala Lumpur: U.S. Secretary of State Marco Rubio said.", "Kuala Lumpur", null, null, "U.S. Secretary of State Marco Rubio said.")]
    [InlineData("NEW DELHI, Oct 27 — India said on Monday.", "NEW DELHI", "Oct 27", null, "India said on Monday.")]
    [InlineData("NEW DELHI, Oct 27 (Reuters) - India said on Monday.", "NEW DELHI", "Oct 27", "Reuters", "India said on Monday.")]
    [InlineData("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", null, "AP", "The Senate voted.")]
    [InlineData("LONDON — The chancellor spoke.", "LONDON", null, null, "The chancellor spoke.")]
    [InlineData("LONDON—The chancellor spoke.", "LONDON", null, null, "The chancellor spoke.")]
    [InlineData("São Paulo, 3 March: Brazil’s bank held rates.", "São Paulo", "3 March", null, "Brazil’s bank held rates.")]
    [InlineData("Islamabad, Pakistan – Pakistan reached a deal.", "Islamabad, Pakistan", null, null, "Pakistan reached a deal.")]
    [InlineData("TOKYO, Oct. 27 (AFP) - Japan's leader spoke.", "TOKYO", "Oct. 27", "AFP", "Japan's leader spoke.")]
    [InlineData("WASHINGTON, October 27, 2025 — Officials said.", "WASHINGTON", "October 27, 2025", null, "Officials said.")]
    [InlineData("Dar es Salaam: Tanzania's president said.", "Dar es Salaam", null, null, "Tanzania's president said.")]
    [InlineData("Rio de Janeiro -- Police said.", "Rio de Janeiro", null, null, "Police said.")]
    [InlineData("Washington, D.C. — The president said.", "Washington, D.C.", null, null, "The president said.")]
    [InlineData("Kuala Lumpur : “We agree,” he said.", "Kuala Lumpur", null, null, "“We agree,” he said.")]
    [InlineData("MANILA/BEIJING, Oct 27 (Reuters) - China and the Philippines traded blame.", "MANILA/BEIJING", "Oct 27", "Reuters", "China and the Philippines traded blame.")]
    [InlineData("WASHINGTON/LONDON (AP) — Allies met.", "WASHINGTON/LONDON", null, "AP", "Allies met.")]
    [InlineData("KYIV, Ukraine — Drones struck overnight.", "KYIV, Ukraine", null, null, "Drones struck overnight.")]
    [InlineData("ST. LOUIS — A jury ruled.", "ST. LOUIS", null, null, "A jury ruled.")]
    [InlineData("Port-au-Prince, Haiti: Gangs blocked roads.", "Port-au-Prince, Haiti", null, null, "Gangs blocked roads.")]
    [InlineData("NEW YORK, Oct. 28 (Reuters) - Stocks rose.", "NEW YORK", "Oct. 28", "Reuters", "Stocks rose.")]
    [InlineData("BENGALURU, India, Oct 27 (Reuters) - Infosys said.", "BENGALURU, India", "Oct 27", "Reuters", "Infosys said.")]
    [InlineData("Tel Aviv — Sirens sounded.", "Tel Aviv", null, null, "Sirens sounded.")]
    [InlineData("SAN FRANCISCO (Reuters) - eBay Inc said on Monday.", "SAN FRANCISCO", null, "Reuters", "eBay Inc said on Monday.")]
    [InlineData("LONDON — iPhone sales slowed.", "LONDON", null, null, "iPhone sales slowed.")]
    public void DatelineIsSplitOffWithPlaceDateAndAgency(string paragraph, string place, string? date, string? agency, string rest)
    {
        var split = DatelineParser.Split(paragraph);

        Assert.NotNull(split);
        Assert.Equal(new Dateline(place, date, agency), split.Value.Dateline);
        Assert.Equal(rest, split.Value.Remainder);
    }

    [Fact]
    public void DatelineWithAgencyAndDateIsSplitOff() =>
        Assert.Equal(new Dateline("NEW DELHI", "Oct 27", "Reuters"), DatelineParser.Split("NEW DELHI, Oct 27 (Reuters) - Talks resumed.")?.Dateline);

    [Theory]
    [InlineData("However: the minister said talks would resume.")]
    [InlineData("He said: \"We will not sign anything.\"")]
    [InlineData("For decades, the question in Dhaka has been simple: who controls the river?")]
    [InlineData("U.S. Secretary of State Marco Rubio said: the ties are deep.")]
    [InlineData("The U.S.-Pakistan relationship has improved.")]
    [InlineData("Rubio — who spoke in Kuala Lumpur — said ties were deep.")]
    [InlineData("At 10:42 the minister arrived.")]
    [InlineData("Prime Minister Narendra Modi: A Profile")]
    [InlineData("Q: What is wrong with the scheme?")]
    [InlineData("Editor's note: This story has been updated.")]
    [InlineData("BREAKING: Parliament dissolved.")]
    [InlineData("Key points: rates held, inflation cooling.")]
    [InlineData("India and Pakistan — two neighbours — met.")]
    [InlineData("Kuala Lumpur:")]
    [InlineData("")]
    [InlineData("Rubio met Jaishankar in Kuala Lumpur on Sunday.")]
    [InlineData("NATO — the alliance Trump once doubted — met in Brussels.")]
    [InlineData("Jane Doe — a nurse in Ohio — said she was tired.")]
    [InlineData("Background: The ministry said the plan was ready.")]
    [InlineData("10:42 IST: The prime minister arrived.")]
    public void OrdinarySentenceIsNotADateline(string paragraph) => Assert.Null(DatelineParser.Split(paragraph));

    [Fact]
    public void LongClauseBeforeAColonIsNotADateline() =>
        Assert.Null(DatelineParser.Split("Officials In The Ministry Of External Affairs Of India Said: Talks are on."));
}
