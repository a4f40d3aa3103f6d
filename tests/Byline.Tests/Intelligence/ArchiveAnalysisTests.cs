using Byline.Generate;
using Byline.Intelligence;
using Byline.Tests.Generate;
using Byline.Tests.Infrastructure;
using Byline.Text.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Intelligence;

// `byline analyze` over a generated archive: what it finds, and related stories worked out from the
// archive held in memory (the whole archive at once) the same as from the database (one save).
public sealed class ArchiveAnalysisTests
{
    [Fact]
    public async Task GeneratedStoriesGiveTheAnalysisQuotesWithSpeakersPeopleOrganisationsAndPlaces()
    {
        await using var app = await AnalysedArchiveAsync();

        var (quotes, attributed, kinds) = await app.QueryAsync(async db => (
            await db.StoryQuotes.CountAsync(),
            await db.StoryQuotes.CountAsync(q => q.SpeakerId != null),
            await db.Entities.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count)));

        Assert.True(quotes > Stories * 5, $"{quotes} quotes in {Stories} stories");
        Assert.True(attributed > quotes * 0.8, $"{attributed} of {quotes} quotes attributed");
        Assert.True(kinds.GetValueOrDefault(EntityKind.Person) > Stories, $"{kinds.GetValueOrDefault(EntityKind.Person)} people");
        Assert.True(kinds.GetValueOrDefault(EntityKind.Place) > 50, $"{kinds.GetValueOrDefault(EntityKind.Place)} places");
        Assert.True(kinds.GetValueOrDefault(EntityKind.Organisation) > 0, "organisations");
    }

    [Fact]
    public async Task RelatedStoriesFromTheArchiveInMemoryAreThoseFromTheDatabase()
    {
        await using var app = await AnalysedArchiveAsync();

        var (inMemory, fromDatabase) = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var ids = await db.Stories.Select(s => s.Id).ToListAsync();
            await RelatedStories.RefreshAsync(db, ids, snapshot: true, CancellationToken.None);
            var first = await RelatedAsync(db);
            await db.RelatedStories.ExecuteDeleteAsync();
            await db.Set<StoryAnalysisRecord>().ExecuteUpdateAsync(r => r.SetProperty(x => x.NearDuplicateOfId, (int?)null).SetProperty(x => x.NearDuplicateScore, (double?)null));
            await RelatedStories.RefreshAsync(db, ids, snapshot: false, CancellationToken.None);
            return (first, await RelatedAsync(db));
        });

        Assert.True(inMemory.Count > Stories, $"{inMemory.Count} related stories");
        Assert.Equal(inMemory, fromDatabase);
    }

    private const int Stories = 300;

    private static async Task<BylineApp> AnalysedArchiveAsync()
    {
        var app = new EmptyBylineApp();
        await app.InitializeAsync();
        await GeneratedArchive.GenerateAsync(app, new GenerateOptions(Stories, Tags: 50));
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var ids = await db.Stories.Select(s => s.Id).ToListAsync();
            return await StoryIntelligence.AnalyseAsync(db, ids, TimeProvider.System, force: false, CancellationToken.None, alone: true);
        });
        return app;
    }

    private static async Task<List<string>> RelatedAsync(BylineDb db) =>
    [
        .. (await db.RelatedStories.AsNoTracking().OrderBy(r => r.StoryId).ThenBy(r => r.Rank).Select(r => new { r.StoryId, r.RelatedStoryId, r.Rank, r.Score }).ToListAsync())
            .Select(r => $"{r.StoryId} {r.RelatedStoryId} {r.Rank} {r.Score}"),
        .. (await db.Set<StoryAnalysisRecord>().AsNoTracking().Where(r => r.NearDuplicateOfId != null).OrderBy(r => r.StoryId).Select(r => new { r.StoryId, r.NearDuplicateOfId, r.NearDuplicateScore }).ToListAsync())
            .Select(r => $"{r.StoryId} duplicates {r.NearDuplicateOfId} {r.NearDuplicateScore}"),
    ];
}
