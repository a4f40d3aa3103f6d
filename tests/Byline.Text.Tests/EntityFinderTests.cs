using Byline.Text.Analysis;

namespace Byline.Text.Tests;

// People, organisations and places named in a story, each under one canonical name.
public class EntityFinderTests
{
    private static IReadOnlyList<Entity> Find(params string[] paragraphs) => StoryAnalyzer.Analyze(new StoryText(paragraphs)).Entities;

    private static Entity Single(IReadOnlyList<Entity> entities, EntityKind kind, string name) =>
        Assert.Single(entities, e => e.Kind == kind && e.Name == name);

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
    public void HostileTextGivesNoEntitiesAndNoError()
    {
        Assert.Empty(Find(""));
        Find(new string('A', 100_000), string.Concat(Enumerable.Repeat("Mr ", 10_000)), "\u0000\u0001 Ms\u200b Smith \"\"\"");
        Find(string.Concat(Enumerable.Repeat("New York and ", 5_000)));
    }
}
