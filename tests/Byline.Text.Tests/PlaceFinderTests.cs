using Byline.Text.Analysis;

namespace Byline.Text.Tests;

// Places against the shipped gazetteer: datelines, merged forms, names that are not places here.
public class PlaceFinderTests
{
    private static List<string> Places(string[] people, params string[] paragraphs) =>
        [.. PlaceFinder.Find(new StoryText(paragraphs), people).Select(p => p.Name)];

    [Fact]
    public void TheGazetteerShipsWithTheAssemblyAndFindsNamesWithoutCaseOrAccents()
    {
        var gazetteer = Gazetteer.Default;
        Assert.True(gazetteer.Count > 20_000);
        Assert.Equal("BR", gazetteer.Lookup("sao paulo")[0].CountryCode);
        Assert.Equal("country", gazetteer.Lookup("the U.S.")[0].Kind);
        Assert.Equal("United Kingdom", gazetteer.Lookup("Britain")[0].Name);
        Assert.Equal("GB", gazetteer.Lookup("Northern Ireland")[0].CountryCode);
        Assert.False(gazetteer.Contains("Quillfeatherton"));
    }

    [Fact]
    public void DatelinesInEachHouseStyleArePlaces()
    {
        Assert.Contains("Kuala Lumpur", Places([], "Headline", "KUALA LUMPUR: The ringgit rose."));
        Assert.Contains("London", Places([], "Headline", "LONDON (Reuters) - Shares fell."));
        Assert.Contains("New Delhi", Places([], "Headline", "NEW DELHI, March 3: Talks resumed."));
        Assert.Contains("Washington", Places([], "Headline", "WASHINGTON (AP) — The Senate voted."));
        Assert.Contains("Penang", PlaceFinder.Find(new StoryText(["Headline", "Chipmakers grow."], "Penang"), []).Select(p => p.Name));
    }

    [Fact]
    public void FormsOfOneCountryAreOnePlace()
    {
        var places = PlaceFinder.Find(new StoryText(["Headline", "The United States and the US Congress disagree.", "Officials in the U.S. said America would wait."]), []);
        var us = Assert.Single(places);
        Assert.Equal("United States", us.Name);
        Assert.Contains("U.S.", us.Forms);
        Assert.Contains("America", us.Forms);
        Assert.Equal(3, us.Mentions);
    }

    [Fact]
    public void NamesOfPeopleAndBodiesAreNotPlaces()
    {
        var places = Places(["Jack Straw", "Paul Washington"],
            "Headline",
            "Jack Straw met Paul Washington at the Bank of England.",
            "Manchester United fans read the Washington Post near Scotland Yard. Mr Reading agreed.");
        Assert.Empty(places);
    }

    [Fact]
    public void AnOrdinaryWordThatIsAlsoATownNeedsEvidence()
    {
        Assert.DoesNotContain("Reading", Places([], "Headline", "Reading the report, ministers were alarmed."));
        Assert.Contains("Reading", Places([], "Headline", "The rally in Reading drew thousands."));
        Assert.Contains("Bath", Places([], "Headline", "He moved to Bath last year."));
        Assert.DoesNotContain("Bath", Places([], "Headline", "Bath time is over, he joked."));
    }

    [Fact]
    public void APlaceInACountryTheStoryNamesWinsOverABiggerNamesake()
    {
        var perth = PlaceFinder.Find(new StoryText(["Headline", "Voters in Australia went to the polls.", "Counting began in Perth overnight."]), [])
            .Single(p => p.Name == "Perth");
        Assert.Equal("AU", perth.Place!.CountryCode);
        var scottish = PlaceFinder.Find(new StoryText(["Headline", "Voters in Scotland went to the polls.", "Counting began in Perth overnight."]), [])
            .Single(p => p.Name == "Perth");
        Assert.Equal("GB", scottish.Place!.CountryCode);
    }

    [Fact]
    public void HostileTextIsReadQuickly()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        PlaceFinder.Find(new StoryText([new string('A', 100_000), string.Concat(Enumerable.Repeat("In London ", 10_000)), "\u0000\u0007"]), []);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void MonthsCompassPointsShortWordsAndAGovernmentCalledTheCentreAreNotPlaces()
    {
        var places = Places([], "Delay", "The ban came in March, and the West will follow.", "We ask the Centre to act, said No one in Mumbai.");
        Assert.Equal(["Mumbai"], places);
    }

    [Fact]
    public void APlaceInsideALongerNameOrAPeersTitleIsNotAPlace()
    {
        var places = Places([], "Roads", "Traffic in the Klang Valley was heavy, Bursa Malaysia said.", "Lord Lloyd of Berwick spoke in Leeds.");
        Assert.Equal(["Leeds"], places);
    }
}
