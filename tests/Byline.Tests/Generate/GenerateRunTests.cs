using Byline.Generate;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Generate;

// `byline generate` as an operator runs it, and run again on a site that has stories already.
public sealed class GenerateRunTests
{
    [Fact]
    public async Task TheSameSeedGivesTheSameHeadlinesAndAnotherSeedOthers()
    {
        var first = await GenerateWithCliAsync("--seed", "7");
        var again = await GenerateWithCliAsync("--seed", "7");
        var other = await GenerateWithCliAsync("--seed", "8");

        Assert.Equal(first, again);
        Assert.Empty(first.Intersect(other));
    }

    [Fact]
    public async Task TheCliRefusesARunWithoutAStoryCount()
    {
        await using var database = await TestDatabase.CreateAsync(onDisk: true);

        var (exit, _, error) = await Executable.RunAsync(database, "generate");

        Assert.NotEqual(0, exit);
        Assert.Contains("--stories", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondRunOnTopOfTheDemoAddsStoriesWithoutSlugClashesAndReusesTheDesks()
    {
        await using var app = new BylineApp();
        await app.InitializeAsync();
        var demo = await app.QueryAsync(db => db.Stories.CountAsync());
        var demoName = await app.QueryAsync(db => db.Publication.Select(p => p.Name).SingleAsync());

        await GeneratedArchive.GenerateAsync(app, new GenerateOptions(300, Tags: 200));
        var authors = await app.QueryAsync(db => db.Authors.CountAsync());
        await GeneratedArchive.GenerateAsync(app, new GenerateOptions(300, Tags: 200));

        var slugs = await app.QueryAsync(db => db.Stories.Select(s => s.Slug).ToListAsync());
        var headlines = await app.QueryAsync(db => db.Stories.OrderBy(s => s.Id).Skip(demo).Select(s => s.Headline).ToListAsync());
        Assert.Equal(demo + 600, slugs.Count);
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Equal(headlines[..300], headlines[300..]);
        Assert.Equal(authors, await app.QueryAsync(db => db.Authors.CountAsync()));
        Assert.Equal(demoName, await app.QueryAsync(db => db.Publication.Select(p => p.Name).SingleAsync()));
        Assert.Equal(demo + 600, await app.QueryAsync(db => db.SearchDocuments.CountAsync()));
    }

    private static async Task<List<string>> GenerateWithCliAsync(params string[] args)
    {
        await using var database = await TestDatabase.CreateAsync(onDisk: true);
        await Executable.RunAsync(database, "migrate");
        var (exit, output, error) = await Executable.RunAsync(database, ["generate", "--stories", "150", "--tags", "100", .. args]);
        Assert.True(exit == 0, error);
        Assert.Contains("Generated 150 stories (40 authors, 10 sections, 100 tags)", output, StringComparison.Ordinal);
        return await HeadlinesAsync(database);
    }

    private static async Task<List<string>> HeadlinesAsync(TestDatabase database)
    {
        await using BylineDb db = TestDatabase.IsPostgres
            ? new PostgresBylineDb(new DbContextOptionsBuilder<PostgresBylineDb>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteBylineDb(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite(database.ConnectionString).Options);
        return await db.Stories.OrderBy(s => s.Id).Select(s => s.Headline).ToListAsync();
    }
}
