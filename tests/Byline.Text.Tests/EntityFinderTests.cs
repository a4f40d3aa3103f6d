using Byline.Text.Analysis;

namespace Byline.Text.Tests;

// People, organisations and places named in a story, each under one canonical name.
public class EntityFinderTests
{
    private static IReadOnlyList<Entity> Find(params string[] paragraphs) => StoryAnalyzer.Analyze(new StoryText(paragraphs)).Entities;

    private static Entity Single(IReadOnlyList<Entity> entities, EntityKind kind, string name) =>
        Assert.Single(entities, e => e.Kind == kind && e.Name == name);

    [Fact]
    public void ARegionNamedTwiceIsNoPerson()
    {
        var entities = Find(
            "Fund for clean energy",
            "The fund is the largest of its kind in Southeast Asia, its backers said.",
            "Investors across Asia have been slow to back the sector.");

        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void WhatOpensASentenceBeforeAGivenNameIsNotPartOfThePerson()
    {
        var entities = Find(
            "Ferry fares to rise",
            "Passenger Fergus Tandlemoor said the rise was unfair.",
            "Miner Cuthbert Hollinrake agreed. Mr Tandlemoor and Mr Hollinrake met in Oban.");

        Assert.Contains("Mr Tandlemoor", Single(entities, EntityKind.Person, "Fergus Tandlemoor").Forms);
        Assert.Contains("Mr Hollinrake", Single(entities, EntityKind.Person, "Cuthbert Hollinrake").Forms);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Passenger", StringComparison.Ordinal) || e.Name.StartsWith("Miner", StringComparison.Ordinal));
    }

    [Fact]
    public void FormsOfOneNameAreMergedUnderTheFullestHonorificsDropped()
    {
        var entities = Find(
            "Anwar vows flood aid",
            "KUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim promised aid to Kelantan on Sunday.",
            "\"We will not leave anyone behind,\" Anwar told reporters.",
            "Mr Anwar later visited a relief centre in Kota Bharu.");
        var anwar = Single(entities, EntityKind.Person, "Anwar Ibrahim");
        Assert.Contains("Mr Anwar", anwar.Forms);
        Assert.Contains("Anwar", anwar.Forms);
        Assert.Equal("prime minister", anwar.Description);
        Single(entities, EntityKind.Place, "Kuala Lumpur");
        Single(entities, EntityKind.Place, "Kelantan");
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person && e.Name.Contains("Kuala", StringComparison.Ordinal));
    }

    [Fact]
    public void BodiesPartiesAndAcronymsAreOrganisations()
    {
        var entities = Find(
            "Tories attack Home Office plans",
            "The Home Office has defended its asylum plans, which the Conservative Party called a shambles.",
            "Labour MP Joe Harkness said the National Health Service (NHS) would feel the strain, and the NHS Confederation agreed.",
            "A spokesman for the Bank of England declined to comment.");
        Single(entities, EntityKind.Organisation, "Home Office");
        Single(entities, EntityKind.Organisation, "Conservative Party");
        Single(entities, EntityKind.Organisation, "Labour");
        Single(entities, EntityKind.Organisation, "Bank of England");
        var nhs = Single(entities, EntityKind.Organisation, "National Health Service");
        Assert.Contains("NHS", nhs.Forms);
        Single(entities, EntityKind.Person, "Joe Harkness");
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Place && e.Name == "England");
    }

    [Fact]
    public void CapitalisedWordsWithoutEvidenceOfAPersonAreLeftOut()
    {
        var entities = Find(
            "Storm season",
            "Forecasters blamed La Niña conditions in the Pacific Ocean. City Hall said roads had reopened.",
            "Organisers said the Harvest Festival would go ahead. Written By Staff");
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
        Single(entities, EntityKind.Organisation, "City Hall");
    }

    [Fact]
    public void PossessivesAndHyphenatedAdjectivesEndANameInsideARunOfCapitals()
    {
        var entities = Find(
            "Race report",
            "Kenya's Daniel Kiprotich won the race, ahead of Bayan Lepas-based Kestrel Microsystems engineer Lim Wei Jie.",
            "\"I am very happy,\" Kiprotich said.");
        Single(entities, EntityKind.Person, "Daniel Kiprotich");
        Single(entities, EntityKind.Place, "Kenya");
        Single(entities, EntityKind.Organisation, "Kestrel Microsystems");
    }

    [Fact]
    public void AQuotedBodyIsAnOrganisationAndAUsPoliticianKeepsTheirTitleAsDescription()
    {
        var entities = Find(
            "Bridge vote",
            "HARRISBURG, Pa. (AP) — Gov. Maria Delgado signed the bridge bill on Tuesday.",
            "\"This is a good day,\" Delgado said. The Keystone Taxpayers Association said it would sue.");
        var delgado = Single(entities, EntityKind.Person, "Maria Delgado");
        Assert.Equal("governor", delgado.Description);
        Single(entities, EntityKind.Organisation, "Keystone Taxpayers Association");
        Single(entities, EntityKind.Place, "Harrisburg");
    }

    [Fact]
    public void APartyIsOneOrganisationUnderEveryNameItIsCalledBy()
    {
        var entities = Find(
            "Election pledge",
            "Tory leader Peter Vane said a Conservative government would cut council tax.",
            "The Conservatives published their plans on Monday, and the Tories will campaign on them.",
            "Lib Dem Treasury spokesman Ruth Kemble said the Liberal Democrats would oppose them.",
            "Some Republicans in Washington praised the plan.");
        var tories = Single(entities, EntityKind.Organisation, "Conservatives");
        Assert.Contains("Tory", tories.Forms);
        Assert.Contains("the Tories", tories.Forms);
        Assert.Contains("Conservative", tories.Forms);
        Single(entities, EntityKind.Organisation, "Liberal Democrats");
        Single(entities, EntityKind.Organisation, "Treasury");
        Single(entities, EntityKind.Person, "Ruth Kemble");
        Assert.DoesNotContain(entities, e => e.Name is "Republicans" or "Lib Dem Treasury" or "Tories");
        Assert.Contains("Liberal Democrat", Single(Find("Pledge", "Liberal Democrat leader Nia Holm spoke."), EntityKind.Organisation, "Liberal Democrats").Forms);
    }

    [Fact]
    public void AChamberNamedShortIsTheChamberTheStoryNamedInFull()
    {
        var entities = Find(
            "Vote due",
            "The House of Commons will vote on the bill, and MPs expect the Commons on Tuesday to back it.",
            "BBC Radio 4's Today programme reported the numbers; the California Senate and the Senate clerk agreed.");
        var commons = Single(entities, EntityKind.Organisation, "House of Commons");
        Assert.Contains("the Commons", commons.Forms);
        Single(entities, EntityKind.Organisation, "BBC Radio 4");
        Assert.Contains("Senate", Single(entities, EntityKind.Organisation, "California Senate").Forms);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Tuesday", StringComparison.Ordinal) || e.Name == "Commons");
    }

    [Fact]
    public void APostWithNoNameAfterItIsNoOne()
    {
        var entities = Find(
            "Roads plan",
            "The Works Minister said the Work and Pensions Secretary and the Lord Chief Justice had been told.",
            "House Speaker Mark Ellison met Township Supervisor Angela Moreno.",
            "\"We will see,\" Mr Ellison said. Ms Moreno agreed.",
            "The Special Commissioner of Police said \"we are ready\".");
        Assert.Equal(["Mark Ellison", "Angela Moreno"], entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Commissioner", StringComparison.Ordinal) || e.Name == "Police");
    }

    [Fact]
    public void OpeningWordsFeastsAndPlacesEndingInAnHonorificAreNoOnesName()
    {
        var entities = Find(
            "Festive prices",
            "Several Labour MPs met traders ahead of Hari Raya Aidilfitri in Bagan Datuk.",
            "Housewife Siti Aminah Abdullah, 42, said: \"Every sen counts.\"",
            "\"We are ready,\" said Datuk Ir Rosli Hamzah. Datuk Rosli said the works would finish soon.",
            "Critics were unmoved. Tonight the House sits late.");
        Assert.Equal(["Siti Aminah Abdullah", "Rosli Hamzah"], entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
        Single(entities, EntityKind.Organisation, "Labour");
    }

    [Fact]
    public void AStateLegislatureIsABodyAndTheStateAloneStaysAPlace()
    {
        var entities = Find(
            "Border suit",
            "AUSTIN, Texas (AP) — Texas sued the federal government on Monday.",
            "Lawmakers in the Texas Legislature called it a stunt, and Texas will appeal.");
        Single(entities, EntityKind.Organisation, "Texas Legislature");
        Single(entities, EntityKind.Place, "Texas");
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void DowningStreetIsAPlaceWhenSomeoneIsThereAndTheBodyWhenItSpeaks()
    {
        var atIt = Find("Visit", "Speaking outside Downing Street, the prime minister said he was ready.");
        Single(atIt, EntityKind.Place, "Downing Street");
        var speaking = Find("Denial", "Downing Street said the claims were false, and a Downing Street press conference followed.");
        Single(speaking, EntityKind.Organisation, "Downing Street");
        Assert.DoesNotContain(speaking, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void BodiesNamedWithPrepositionsOrPluralHeadsAreOrganisationsAndSpelledOutTermsAreNot()
    {
        var entities = Find(
            "Hunt row",
            "The League Against Cruel Sports met the United Auto Workers (UAW), who said the air quality index (AQI) was poor.",
            "The goods and services tax (GST) will rise, and the GST will hurt.",
            "\"We will fight on,\" said the League Against Cruel Sports. The King's Fund agreed, and the UAW said so too.");
        Single(entities, EntityKind.Organisation, "League Against Cruel Sports");
        Assert.Contains("UAW", Single(entities, EntityKind.Organisation, "United Auto Workers").Forms);
        Single(entities, EntityKind.Organisation, "King's Fund");
        Assert.DoesNotContain(entities, e => e.Name is "AQI" or "GST" || e.Kind == EntityKind.Person);
    }

    [Fact]
    public void HostileTextGivesNoEntitiesAndNoError()
    {
        Assert.Empty(Find(""));
        Find(new string('A', 100_000), string.Concat(Enumerable.Repeat("Mr ", 10_000)), "\u0000\u0001 Ms\u200b Smith \"\"\"");
        Find(string.Concat(Enumerable.Repeat("New York and ", 5_000)));
        Find("Hostile", string.Concat(Enumerable.Repeat("\"<script>alert(1)</script>\" said Mr O'Brien-<b>Smith</b>. ", 400)) + new string('"', 5000));
        Find("X", "Y", "Z. A B. Mr. Lord. The the The.");
    }
}
