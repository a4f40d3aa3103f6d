using System.Net;
using Byline.Import;
using Byline.Intelligence;
using Byline.Tests.Infrastructure;
using Byline.Text.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Intelligence;

// Every save analyses the story: its quotes and speakers, its people, organisations and places,
// and its related stories are stored with it and shown on the reader's pages.
public sealed class IntelligenceTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    private static IncomingStory Story(string slug, string headline, string body, StoryStatus status = StoryStatus.Published) =>
        TestStories.Written(slug, headline, body, DateTime.UtcNow.AddHours(-2), status);

    private const string Budget = """
        Chancellor Gordon Quillfeather has promised to protect spending on schools in Scotland and Wales.

        Mr Quillfeather told the BBC: "We will not balance the books on the backs of children."

        The Home Office said in a statement that the plans were "under review".

        "This is a budget for the many," he added, speaking in London.
        """;

    [Fact]
    public async Task ASavedStoryKeepsItsQuotesPeopleAndPlacesAndShowsThem()
    {
        await app.SaveAsync(Story("budget-schools", "Quillfeather pledges school funds", Budget));

        var (quotes, entities) = await app.QueryAsync(async db =>
        {
            var id = await db.Stories.Where(s => s.Slug == "budget-schools").Select(s => s.Id).SingleAsync();
            var q = await db.StoryQuotes.Where(q => q.StoryId == id).OrderBy(q => q.Position).Select(q => new { q.Text, q.Speaker, q.SpeakerId }).ToListAsync();
            var e = await db.StoryEntities.Where(l => l.StoryId == id).Select(l => new { l.Entity!.Kind, l.Entity.Name, l.Entity.Slug }).ToListAsync();
            return (q, e);
        });

        Assert.Equal("We will not balance the books on the backs of children.", quotes[0].Text);
        Assert.Equal("Gordon Quillfeather", quotes[0].Speaker);
        Assert.NotNull(quotes[0].SpeakerId);
        Assert.Equal("Gordon Quillfeather", quotes[^1].Speaker);
        Assert.Contains(entities, e => e.Kind == EntityKind.Person && e.Name == "Gordon Quillfeather");
        Assert.Contains(entities, e => e.Kind == EntityKind.Organisation && e.Name == "Home Office");
        Assert.Contains(entities, e => e.Kind == EntityKind.Place && e.Name == "Scotland");
        Assert.Contains(entities, e => e.Kind == EntityKind.Place && e.Name == "London");

        var client = app.CreateClient();
        var story = await client.GetStringAsync("/politics/budget-schools");
        Assert.Contains("People in this story", story, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/gordon-quillfeather\"", story, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Quotation\"", story, StringComparison.Ordinal);
        Assert.Contains("\"mentions\"", story, StringComparison.Ordinal);

        var person = await client.GetStringAsync("/people/gordon-quillfeather");
        Assert.Contains("We will not balance the books on the backs of children.", person, StringComparison.Ordinal);
        Assert.Contains("Quillfeather pledges school funds", person, StringComparison.Ordinal);
        Assert.Contains("chancellor", person, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/places/scotland")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisations/home-office")).StatusCode);
        var feed = await client.GetStringAsync("/people/gordon-quillfeather/rss.xml");
        Assert.Contains("Quillfeather pledges school funds", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameOnlyInADraftHasNoPageUntilTheStoryIsPublished()
    {
        await app.SaveAsync(Story("draft-minister", "Draft about a minister", "Foreign Secretary Imelda Draftwick said: \"Nothing is decided.\"", StoryStatus.Draft));
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/imelda-draftwick")).StatusCode);

        await app.SaveAsync(Story("draft-minister", "Draft about a minister", "Foreign Secretary Imelda Draftwick said: \"Nothing is decided.\""));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/imelda-draftwick")).StatusCode);
    }

    [Fact]
    public async Task AnEditThatDropsAPersonEvictsTheirCachedPage()
    {
        await app.SaveAsync(Story("evicting", "Councillor speaks", "Councillor Barnaby Evictwell said: \"The bins will be collected.\""));
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/barnaby-evictwell")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/barnaby-evictwell")).StatusCode);

        await app.SaveAsync(Story("evicting", "Councillor speaks", "The council said the bins would be collected on Tuesday."));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/barnaby-evictwell")).StatusCode);
        var story = await client.GetStringAsync("/politics/evicting");
        Assert.DoesNotContain("barnaby-evictwell", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoriesSharingPeopleAreRelatedAndARewriteIsANearDuplicateNotRelated()
    {
        const string First = "Home Secretary Ottoline Relaterby said in Manchester that police numbers would rise. \"We are recruiting,\" Ms Relaterby said. Opposition leader Crispin Tandemore said: \"It is too late.\"";
        const string Second = "Ottoline Relaterby and Crispin Tandemore clashed again over prisons in Leeds. \"Prisons are full,\" said Mr Tandemore, who wants a review of sentencing rules across the north of England.";
        await app.SaveAsync(Story("relaterby-police", "Relaterby on police", First));
        await app.SaveAsync(Story("relaterby-prisons", "Relaterby and Tandemore on prisons", Second));
        await app.SaveAsync(Story("relaterby-police-update", "Relaterby on police numbers", First + " The figures are due next week."));

        var (related, duplicate) = await app.QueryAsync(async db =>
        {
            var ids = await db.Stories.Where(s => s.Slug.StartsWith("relaterby")).ToDictionaryAsync(s => s.Slug, s => s.Id);
            var rows = await db.RelatedStories.Where(r => r.StoryId == ids["relaterby-police-update"]).Select(r => r.RelatedStoryId).ToListAsync();
            var record = await db.Set<StoryAnalysisRecord>().SingleAsync(r => r.StoryId == ids["relaterby-police-update"]);
            return (rows.Select(id => ids.Single(i => i.Value == id).Key).ToList(), record.NearDuplicateOfId == ids["relaterby-police"]);
        });

        Assert.Equal(["relaterby-prisons"], related);
        Assert.True(duplicate);
        var page = await app.CreateClient().GetStringAsync("/politics/relaterby-police-update");
        Assert.Contains("Related stories", page, StringComparison.Ordinal);
        Assert.Contains("Relaterby and Tandemore on prisons", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneCommonPlaceIsNoRelation()
    {
        await app.SaveAsync(Story("lonely-one", "Ferry fares", "Transport Secretary Absalom Ferryweather said in Glasgow: \"Fares will fall.\" Councillor Dorcas Pennyquick agreed."));
        await app.SaveAsync(Story("lonely-two", "Glasgow gardens", "Gardener Hepzibah Rosethorn said the parks of Glasgow had never looked better. \"It is the rain,\" Ms Rosethorn said."));
        var related = await app.QueryAsync(db => db.RelatedStories.Where(r => db.Stories.Any(s => s.Id == r.StoryId && s.Slug == "lonely-two")).CountAsync());
        Assert.Equal(0, related);
    }

    [Fact]
    public async Task SavingAnUnchangedStoryDoesNotAnalyseItAgain()
    {
        await app.SaveAsync(Story("unchanged", "Same words", "Mayor Petronella Stillwater said: \"Nothing changes.\""));
        var first = await app.QueryAsync(db => db.Set<StoryAnalysisRecord>().Where(r => db.Stories.Any(s => s.Id == r.StoryId && s.Slug == "unchanged")).Select(r => r.AnalyzedAt).SingleAsync());
        await Task.Delay(20);
        await app.SaveAsync(Story("unchanged", "Same words", "Mayor Petronella Stillwater said: \"Nothing changes.\""));
        var second = await app.QueryAsync(db => db.Set<StoryAnalysisRecord>().Where(r => db.Stories.Any(s => s.Id == r.StoryId && s.Slug == "unchanged")).Select(r => r.AnalyzedAt).SingleAsync());
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task HostileTextIsSavedAndAnalysedWithoutHarm()
    {
        var hostile = string.Concat(Enumerable.Repeat("\"<script>alert(1)</script>\" said Mr O'Brien-<b>Smith</b>. ", 400)) + new string('"', 5000) + string.Concat(Enumerable.Repeat("A", 30_000));
        await app.SaveAsync(Story("hostile-analysis", "Hostile", hostile));
        var page = await app.CreateClient().GetStringAsync("/politics/hostile-analysis");
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalysingTheArchiveAgainRestoresWhatWasLostAndASecondRunChangesNothing()
    {
        await app.SaveAsync(Story("archive-analysis", "Archive story", "Senator Wilhelmina Archivale said: \"History matters.\""));
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            await db.Set<StoryAnalysisRecord>().ExecuteDeleteAsync();
            await db.StoryQuotes.ExecuteDeleteAsync();
            await db.StoryEntities.ExecuteDeleteAsync();
            var ids = await db.Stories.Select(x => x.Id).ToListAsync();
            var time = s.GetRequiredService<TimeProvider>();
            var analysed = await StoryIntelligence.RefreshAsync(db, ids, time, force: false, CancellationToken.None);
            Assert.Equal(ids.Count, analysed);
            Assert.Equal(0, await StoryIntelligence.RefreshAsync(db, ids, time, force: false, CancellationToken.None));
            return 0;
        });

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/people/wilhelmina-archivale")).StatusCode);
    }
}
