using System.Net;
using Byline.Authors;
using Byline.Import;
using Byline.Intelligence;
using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;
using Byline.Text.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Newsroom.Admin;

// /newsroom/people: an editor corrects what the analysis found (rename, confirm, reject, merge,
// split, link to an author), the reader's pages follow at once, and every correction holds when
// the stories are analysed again from scratch. Each test has its own invented names.
public sealed class EntityScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private Task SaveStoryAsync(string slug, string headline, string body, StoryStatus status = StoryStatus.Published) =>
        desk.App.SaveAsync(TestStories.FreshStory(slug) with { Headline = headline, BodyMarkdown = body, Tags = [], Authors = [], Section = "Entity Desk", Image = null, Status = status });

    private Task<int> EntityIdAsync(EntityKind kind, string name) =>
        desk.QueryAsync(db => db.Entities.Where(e => e.Kind == kind && e.Name == name).Select(e => e.Id).SingleAsync());

    private Task<int> StoryIdAsync(string slug) => desk.QueryAsync(db => db.Stories.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());

    // `byline analyze --force` over the stories: every correction has to survive it.
    private Task<int> ReanalyseAsync(params int[] storyIds) =>
        desk.App.WithServicesAsync(s => StoryIntelligence.RefreshAsync(s.GetRequiredService<BylineDb>(), storyIds, TimeProvider.System, force: true, CancellationToken.None));

    private Task<List<string?>> SpeakersAsync(int storyId) =>
        desk.QueryAsync(db => db.StoryQuotes.Where(q => q.StoryId == storyId).OrderBy(q => q.Position)
            .Select(q => q.SpeakerEntity == null ? null : q.SpeakerEntity.Name).ToListAsync());

    [Fact]
    public async Task TheListShowsEachKindWithItsStoriesAndQuotesAndASearchNarrowsIt()
    {
        await SaveStoryAsync("list-one", "Harbour plan", "Councillor Ottoline Brackwater said: \"The harbour plan is dead.\"\n\nThe Harbour Trust said it would appeal. Mrs Brackwater spoke in Aberdeen.");
        await SaveStoryAsync("list-two", "Harbour appeal", "Ottoline Brackwater, a councillor, said: \"We will fight on.\"\n\n\"Nothing will change at all,\" Mrs Brackwater added.");
        var editor = await desk.AsAsync(DeskApp.Editor);

        var (_, people) = await editor.GetPageAsync("/newsroom/people?q=brackwater");
        var (_, organisations) = await editor.GetPageAsync("/newsroom/people?kind=organisations&q=harbour");
        var (_, places) = await editor.GetPageAsync("/newsroom/people?kind=places&q=aberdeen");

        var row = people.QuerySelector("tr[data-slug=ottoline-brackwater]");
        Assert.NotNull(row);
        Assert.Equal("2", row.QuerySelector("td.stories")?.Text());
        Assert.Equal("3", row.QuerySelector("td.quotes")?.Text());
        Assert.Single(people.QuerySelectorAll("tbody tr"));
        Assert.NotNull(organisations.QuerySelector("tr[data-slug=harbour-trust]"));
        Assert.NotNull(places.QuerySelector("tr[data-slug=aberdeen]"));
        Assert.Contains(people.QuerySelectorAll(".sidebar nav a"), a => a.GetAttribute("href") == "/newsroom/people");
    }

    [Fact]
    public async Task ARenameShowsAtOnceKeepsTheOldAddressAndHoldsThroughAnalysis()
    {
        await SaveStoryAsync("rename-story", "Bridge tolls", "Transport Secretary Alasdair Pennyquick said: \"The tolls will go this year.\"\n\n\"It is only fair to drivers,\" Mr Pennyquick said.");
        var storyId = await StoryIdAsync("rename-story");
        var id = await EntityIdAsync(EntityKind.Person, "Alasdair Pennyquick");
        await desk.PrimeAsync("/entity-desk/rename-story", "/people/alasdair-pennyquick");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/people/{id}", new Dictionary<string, string>
        {
            ["Form.Name"] = "Sir Alasdair Pennyquick",
            ["Form.Slug"] = "alasdair-pennyquick-mp",
            ["Form.Description"] = "transport secretary since 2003",
        });

        var (_, page) = await desk.ReadAsync("/people/alasdair-pennyquick-mp");
        Assert.Equal("Sir Alasdair Pennyquick", page.QuerySelector("main h1")?.Text());
        Assert.Contains("transport secretary since 2003", page.Body!.TextContent, StringComparison.Ordinal);
        var old = await desk.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/people/alasdair-pennyquick");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/people/alasdair-pennyquick-mp", old.Headers.Location?.OriginalString);
        var (_, story) = await desk.ReadAsync("/entity-desk/rename-story");
        Assert.Contains(story.QuerySelectorAll("a[href='/people/alasdair-pennyquick-mp']"), a => a.Text().Contains("Sir Alasdair Pennyquick", StringComparison.Ordinal));

        await ReanalyseAsync(storyId);

        Assert.Equal(["Sir Alasdair Pennyquick", "Sir Alasdair Pennyquick"], await SpeakersAsync(storyId));
        var stored = await desk.QueryAsync(db => db.Entities.SingleAsync(e => e.Id == id));
        Assert.Equal(("Sir Alasdair Pennyquick", "transport secretary since 2003", EntityReview.Confirmed), (stored.Name, stored.Description, stored.Review));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.EntityChanged && e.Subject == "person alasdair-pennyquick-mp")));
    }

    [Fact]
    public async Task MergingMovesStoriesAndQuotesRedirectsAndLaterStoriesFollow()
    {
        await SaveStoryAsync("merge-full", "Port strike", "Union leader Wilhelmina Quarrendon said: \"We are ready to strike.\"\n\nMs Quarrendon met dockers in Hull.");
        await SaveStoryAsync("merge-short", "Port talks", "\"Talks with the owners have failed,\" said Billie Quarrendon, the union's leader.\n\nMs Quarrendon said the strike would go ahead.");
        var full = await EntityIdAsync(EntityKind.Person, "Wilhelmina Quarrendon");
        var shortForm = await EntityIdAsync(EntityKind.Person, "Billie Quarrendon");
        var shortStory = await StoryIdAsync("merge-short");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/people/{shortForm}", new Dictionary<string, string> { ["into"] = "/people/wilhelmina-quarrendon" }, "Merge");

        Assert.False(await desk.QueryAsync(db => db.Entities.AnyAsync(e => e.Id == shortForm)));
        var (_, page) = await desk.ReadAsync("/people/wilhelmina-quarrendon");
        Assert.Contains("Talks with the owners have failed", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We are ready to strike", page.Body!.TextContent, StringComparison.Ordinal);
        var moved = await desk.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/people/billie-quarrendon");
        Assert.Equal("/people/wilhelmina-quarrendon", moved.Headers.Location?.OriginalString);

        await ReanalyseAsync(shortStory);
        Assert.All(await SpeakersAsync(shortStory), s => Assert.Equal("Wilhelmina Quarrendon", s));

        // A story filed later under the merged-away name lands on the kept entry.
        await SaveStoryAsync("merge-later", "Port deal", "Billie Quarrendon, the union leader, said: \"We have a deal.\"");
        var later = await StoryIdAsync("merge-later");
        Assert.Equal(["Wilhelmina Quarrendon"], await SpeakersAsync(later));
        Assert.False(await desk.QueryAsync(db => db.Entities.AnyAsync(e => e.Name == "Billie Quarrendon")));
        Assert.Equal(full, await EntityIdAsync(EntityKind.Person, "Wilhelmina Quarrendon"));
    }

    [Fact]
    public async Task SplittingOffStoriesGivesTwoPeopleOfOneNameTheirOwnPages()
    {
        await SaveStoryAsync("split-council", "Council vote", "Councillor Rupert Eddlestone said: \"The budget is balanced this year.\"\n\nMr Eddlestone leads the council.");
        await SaveStoryAsync("split-football", "Cup final", "Rupert Eddlestone, the striker, said: \"We deserved to win the cup.\"\n\nEddlestone scored twice.");
        var council = await StoryIdAsync("split-council");
        var football = await StoryIdAsync("split-football");
        var id = await EntityIdAsync(EntityKind.Person, "Rupert Eddlestone");
        var editor = await desk.AsAsync(DeskApp.Editor);

        var response = await editor.PostAsync($"/newsroom/people/{id}", new Dictionary<string, string> { ["name"] = "Rupert Eddlestone", ["stories[0]"] = football.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Split");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var splitId = DeskForms.IdOf(response.Headers.Location!.OriginalString);
        Assert.NotEqual(id, splitId);
        var slug = await desk.QueryAsync(db => db.Entities.Where(e => e.Id == splitId).Select(e => e.Slug).SingleAsync());
        Assert.Equal("rupert-eddlestone-2", slug);

        await ReanalyseAsync(council, football);

        var links = await desk.QueryAsync(db => db.StoryEntities.Where(l => l.StoryId == council || l.StoryId == football).Where(l => l.Entity!.Kind == EntityKind.Person)
            .Select(l => new { l.StoryId, l.EntityId }).ToListAsync());
        Assert.Contains(links, l => l.StoryId == council && l.EntityId == id);
        Assert.Contains(links, l => l.StoryId == football && l.EntityId == splitId);
        Assert.DoesNotContain(links, l => l.StoryId == football && l.EntityId == id);
        var (_, footballer) = await desk.ReadAsync("/people/rupert-eddlestone-2");
        Assert.Contains("We deserved to win", footballer.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("The budget is balanced", footballer.Body!.TextContent, StringComparison.Ordinal);
        var (_, councillor) = await desk.ReadAsync("/people/rupert-eddlestone");
        Assert.DoesNotContain("We deserved to win", councillor.Body!.TextContent, StringComparison.Ordinal);

        // Renaming the footballer leaves the shared name with the councillor: it is his elsewhere.
        await editor.SaveAsync($"/newsroom/people/{splitId}", new Dictionary<string, string> { ["Form.Name"] = "Rupert Eddlestone (footballer)", ["Form.Slug"] = "rupert-eddlestone-footballer" });
        await SaveStoryAsync("split-council-later", "Council budget", "Councillor Rupert Eddlestone said: \"The books are balanced again.\"");
        Assert.Equal(["Rupert Eddlestone"], await SpeakersAsync(await StoryIdAsync("split-council-later")));
        await ReanalyseAsync(football);
        Assert.Equal(["Rupert Eddlestone (footballer)"], await SpeakersAsync(football));
    }

    [Fact]
    public async Task ARejectedEntryVanishesFromEveryPageStaysGoneAndCanBeRestored()
    {
        await SaveStoryAsync("reject-story", "Ferry fares", "Ferry operator Gullwing Lines said fares would rise.\n\nFergus Tandlemoor, a passenger, said: \"It is a scandal for us all.\"\n\nMr Tandlemoor lives in Oban.");
        var storyId = await StoryIdAsync("reject-story");
        var id = await EntityIdAsync(EntityKind.Person, "Fergus Tandlemoor");
        await desk.PrimeAsync("/entity-desk/reject-story", "/people/fergus-tandlemoor");
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/people/{id}", new Dictionary<string, string>(), "Reject");
        await ReanalyseAsync(storyId);

        Assert.Equal(HttpStatusCode.NotFound, (await desk.ReadAsync("/people/fergus-tandlemoor")).Response.StatusCode);
        var (_, story) = await desk.ReadAsync("/entity-desk/reject-story");
        Assert.Empty(story.QuerySelectorAll("a[href='/people/fergus-tandlemoor']"));
        Assert.Contains(story.QuerySelectorAll(".quote-list li"), li => li.Text().Contains("It is a scandal for us all.", StringComparison.Ordinal));
        Assert.Empty(story.QuerySelectorAll(".quote-speaker"));
        Assert.Equal(EntityReview.Rejected, await desk.QueryAsync(db => db.Entities.Where(e => e.Id == id).Select(e => e.Review).SingleAsync()));
        var (_, list) = await editor.GetPageAsync("/newsroom/people?q=tandlemoor");
        Assert.Empty(list.QuerySelectorAll("tbody tr"));
        var (_, rejected) = await editor.GetPageAsync("/newsroom/people?q=tandlemoor&show=rejected");
        Assert.Single(rejected.QuerySelectorAll("tbody tr"));

        await editor.SaveAsync($"/newsroom/people/{id}", new Dictionary<string, string>(), "Restore");

        Assert.Equal(HttpStatusCode.OK, (await desk.ReadAsync("/people/fergus-tandlemoor")).Response.StatusCode);
        var (_, again) = await desk.ReadAsync("/entity-desk/reject-story");
        Assert.NotEmpty(again.QuerySelectorAll("a[href='/people/fergus-tandlemoor']"));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.EntityRejected && e.Subject == "person fergus-tandlemoor")));
    }

    [Fact]
    public async Task APersonLinkedToAnAuthorProfileLinksToItFromTheirPage()
    {
        await SaveStoryAsync("author-link", "Columnist speaks", "Perpetua Langstaffe, a columnist, said: \"Papers matter more than ever.\"\n\nMs Langstaffe spoke in Leeds.");
        var id = await EntityIdAsync(EntityKind.Person, "Perpetua Langstaffe");
        var authorId = await desk.App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            var author = db.Authors.Add(new Author { Name = "Perpetua Langstaffe", Slug = "perpetua-langstaffe-columnist" }).Entity;
            await db.SaveChangesAsync();
            return author.Id;
        });
        var editor = await desk.AsAsync(DeskApp.Editor);

        await editor.SaveAsync($"/newsroom/people/{id}", new Dictionary<string, string> { ["author"] = authorId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Author");

        var (_, page) = await desk.ReadAsync("/people/perpetua-langstaffe");
        Assert.NotEmpty(page.QuerySelectorAll("main a[href='/author/perpetua-langstaffe-columnist']"));
        Assert.Contains(await editor.RefusedAsync($"/newsroom/people/{await EntityIdAsync(EntityKind.Place, "Leeds")}", new Dictionary<string, string> { ["author"] = authorId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Author"),
            e => e.Contains("Only a person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusedCorrectionsSayWhyAndChangeNothing()
    {
        await SaveStoryAsync("refuse-one", "Mine closure", "Cuthbert Hollinrake, a miner, said: \"It is all over for us.\"\n\nThe Coal Board said the pit in Barnsley would close. Mr Hollinrake worked there.");
        await SaveStoryAsync("refuse-two", "Mine protest", "Dorcas Hollinrake, an organiser, said: \"We march on the town tomorrow.\"\n\nMrs Hollinrake led the march.");
        var person = await EntityIdAsync(EntityKind.Person, "Cuthbert Hollinrake");
        var editor = await desk.AsAsync(DeskApp.Editor);
        var path = $"/newsroom/people/{person}";

        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["into"] = "no-such-person" }, "Merge"), e => e.Contains("no person called or at", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["into"] = "/people/cuthbert-hollinrake" }, "Merge"), e => e.Contains("another entry", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["into"] = "barnsley" }, "Merge"), e => e.Contains("no person", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["Form.Name"] = "Dorcas Hollinrake", ["Form.Slug"] = "" }), e => e.Contains("Merge the two instead", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["Form.Name"] = "Cuthbert", ["Form.Slug"] = "dorcas-hollinrake" }), e => e.Contains("already has the address", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["Form.Name"] = new string('x', 201) }), e => e.Contains("too long", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["Form.Name"] = "\u0001\u0002 " }), e => e.Contains("Give a name", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["name"] = "Someone Else" }, "Split"), e => e.Contains("Choose the names or the stories", StringComparison.Ordinal));
        Assert.Contains(await editor.RefusedAsync(path, new Dictionary<string, string> { ["name"] = "Someone Else", ["stories[0]"] = (await StoryIdAsync("refuse-one")).ToString(System.Globalization.CultureInfo.InvariantCulture), ["forms[0]"] = "cuthbert hollinrake" }, "Split"),
            e => e.Contains("rename this entry instead", StringComparison.Ordinal));

        var stored = await desk.QueryAsync(db => db.Entities.SingleAsync(e => e.Id == person));
        Assert.Equal(("Cuthbert Hollinrake", "cuthbert-hollinrake", EntityReview.Found), (stored.Name, stored.Slug, stored.Review));
        Assert.Equal(1, await desk.QueryAsync(db => db.Entities.CountAsync(e => e.Name == "Dorcas Hollinrake")));
        Assert.False(await desk.QueryAsync(db => db.Entities.AnyAsync(e => e.Name == "Someone Else")));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/newsroom/people/999999")).StatusCode);
    }

    [Theory]
    [InlineData(DeskApp.Contributor, "")]
    [InlineData(DeskApp.Author, "?handler=Reject")]
    [InlineData(DeskApp.Author, "?handler=Merge")]
    public async Task WritersMayNotCorrectTheList(string person, string handler)
    {
        await SaveStoryAsync("guarded-entity", "Guarded", "Lucan Thistlewood, the chairman, said: \"We have nothing to add.\"");
        var id = await EntityIdAsync(EntityKind.Person, "Lucan Thistlewood");
        var client = await desk.AsAsync(person);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/newsroom/people")).StatusCode);
        var response = await client.PostAsync($"/newsroom/people/{id}{handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["into"] = "x", ["Form.Name"] = "Evil" }));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        var stored = await desk.QueryAsync(db => db.Entities.SingleAsync(e => e.Id == id));
        Assert.Equal(("Lucan Thistlewood", EntityReview.Found), (stored.Name, stored.Review));
    }

    [Fact]
    public async Task TheStoryEditorShowsWhoSaidWhatAndATickedSuggestionBecomesATag()
    {
        await SaveStoryAsync("editor-insight", "Water bills", "Environment Minister Hyacinth Ravensworth said: \"Bills will fall next year.\"\n\nOfwat said in a statement that it \"welcomed the plan\".\n\n\"It is only a start,\" Mrs Ravensworth added in Swindon.\n\nSome people called it \"a gimmick\".", StoryStatus.Draft);
        var storyId = await StoryIdAsync("editor-insight");
        var editor = await desk.AsAsync(DeskApp.Editor);
        var path = $"/newsroom/stories/{storyId}";

        var (_, page) = await editor.GetPageAsync(path);

        var quotes = page.QuerySelectorAll(".insight ol.found-quotes li").Select(li => li.Text()).ToList();
        Assert.Contains(quotes, q => q.StartsWith("Hyacinth Ravensworth", StringComparison.Ordinal) && q.Contains("Bills will fall next year.", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.StartsWith("Hyacinth Ravensworth", StringComparison.Ordinal) && q.Contains("It is only a start", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".insight ul.named-people a"), a => a.Text() == "Hyacinth Ravensworth" && a.GetAttribute("href")!.StartsWith("/newsroom/people/", StringComparison.Ordinal));
        var suggested = page.QuerySelectorAll(".insight input[name='Form.AddTags']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("Hyacinth Ravensworth", suggested);

        var fields = page.QuerySelectorAll("#story-form input[name], #story-form textarea[name], #story-form select[name]")
            .Where(e => e.GetAttribute("type") is not "checkbox" and not "submit")
            .GroupBy(e => e.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First() switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement s => s.Value ?? "",
                var e => e.GetAttribute("value") ?? "",
            });
        fields["Form.AddTags"] = "Hyacinth Ravensworth";
        fields["act"] = "save";
        var saved = await editor.PostFormAsync(path, fields, fields["__RequestVerificationToken"]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tags = await desk.QueryAsync(db => db.Stories.Where(s => s.Id == storyId).SelectMany(s => s.Tags).Select(t => t.Name).ToListAsync());
        Assert.Contains("Hyacinth Ravensworth", tags);
        var (_, after) = await editor.GetPageAsync(path);
        Assert.DoesNotContain("Hyacinth Ravensworth", after.QuerySelectorAll(".insight input[name='Form.AddTags']").Select(i => i.GetAttribute("value")));
    }
}
