using System.Net;
using Byline.Content;
using Byline.Search;
using Byline.Site;
using Byline.Tests.Infrastructure;
using Byline.Tests.Search;

namespace Byline.Tests.Generate;

public sealed class GenerateTests(GeneratedArchive archive) : IClassFixture<GeneratedArchive>
{
    [Fact]
    public async Task GeneratingAddsPublishedStoriesWithOrderedBylinesTagsAndDatesOverFiveYearsInThePast()
    {
        var stories = await archive.QueryAsync(db => db.Stories.AsNoTracking().Include(s => s.Authors).Include(s => s.Tags).ToListAsync());
        var now = DateTime.UtcNow;

        Assert.Equal(GeneratedArchive.Stories, stories.Count);
        Assert.All(stories, s =>
        {
            Assert.Equal(StoryStatus.Published, s.Status);
            Assert.InRange(s.Authors.Count, 1, 3);
            Assert.Equal(Enumerable.Range(0, s.Authors.Count), s.Authors.Select(a => a.Position).Order());
            Assert.InRange(s.Tags.Count, 1, 5);
            Assert.InRange(s.PublishedAt!.Value, now.AddYears(-5).AddDays(-2), now);
            Assert.True(s.CreatedAt <= s.PublishedAt && s.PublishedAt <= s.UpdatedAt);
            Assert.InRange(s.BodyMarkdown.Split("\n\n").Length, 4, 9);
        });
        Assert.Equal(stories.Count, stories.Select(s => s.PublicId).Distinct().Count());
        Assert.True(stories.Select(s => s.PublishedAt!.Value.Year).Distinct().Count() >= 5, "dates spread over the years");
        Assert.Equal(40, await archive.QueryAsync(db => db.Authors.CountAsync(a => a.Bio != null && a.JobTitle != null)));
        Assert.Equal(10, await archive.QueryAsync(db => db.Sections.CountAsync()));
        Assert.Equal(3_000, await archive.QueryAsync(db => db.Tags.CountAsync()));
        Assert.Equal(1, await archive.QueryAsync(db => db.Publication.CountAsync()));
    }

    [Fact]
    public async Task TheReaderSiteShowsGeneratedStoriesOnHomeSectionAuthorAndStoryPages()
    {
        var newest = await archive.QueryAsync(db => db.Stories.AsNoTracking().Include(s => s.Section).Include(s => s.Authors).ThenInclude(a => a.Author)
            .OrderByDescending(s => s.PublishedAt).FirstAsync());
        var client = archive.CreateClient();
        var firstParagraph = newest.BodyMarkdown.Split("\n\n")[0];

        var (homeResponse, home) = await client.GetPageAsync("/");
        var (sectionResponse, section) = await client.GetPageAsync(Urls.Section(newest.Section!.Slug));
        var (authorResponse, author) = await client.GetPageAsync(Urls.Author(newest.Authors[0].Author!.Slug));
        var (response, page) = await client.GetPageAsync(Urls.Story(newest.Section.Slug, newest.Slug));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { homeResponse.StatusCode, sectionResponse.StatusCode, authorResponse.StatusCode, response.StatusCode });
        Assert.Contains(newest.Headline, home.Body!.Text(), StringComparison.Ordinal);
        Assert.Contains(newest.Headline, section.Body!.Text(), StringComparison.Ordinal);
        Assert.Contains(newest.Authors[0].Author!.Bio!, author.Body!.Text(), StringComparison.Ordinal);
        Assert.Equal(newest.Headline, page.QuerySelector("h1")!.Text());
        Assert.Contains(firstParagraph, page.Body!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFindsAGeneratedStoryByWordsFromItsBody()
    {
        var story = await archive.QueryAsync(db => db.Stories.AsNoTracking().OrderBy(s => s.Id).Skip(777).FirstAsync());
        var words = story.BodyMarkdown.Split("\n\n")[2].Split(' ')[..6];

        var found = await archive.CreateClient().SearchAsync("q=" + Uri.EscapeDataString($"\"{string.Join(' ', words)}\""));

        Assert.Contains(story.Headline, found.Results.Select(r => r.Headline));
    }

    [Fact]
    public async Task BodiesAreExactlyWhatBodyRendererMakesOfTheirMarkdown()
    {
        var stories = await archive.QueryAsync(db => db.Stories.AsNoTracking().OrderBy(s => s.Id).Take(300)
            .Select(s => new { s.Id, s.BodyMarkdown, s.Dateline, s.BodyHtml }).ToListAsync());

        Assert.Contains(stories, s => s.Dateline is not null);
        Assert.Contains(stories, s => s.Dateline is null);
        Assert.All(stories, s => Assert.Equal(BodyRenderer.Render(s.BodyMarkdown, s.Dateline), s.BodyHtml));
    }

    [Fact]
    public async Task SearchRowsAreWhatTheIndexerWouldWriteAndNoneAreMissing()
    {
        var sample = await archive.QueryAsync(db => db.SearchDocuments.AsNoTracking().OrderBy(d => d.StoryId).Take(100).ToListAsync());

        await archive.QueryAsync(async db =>
        {
            await SearchIndexer.RefreshAsync(db, sample.ConvertAll(d => d.StoryId), CancellationToken.None);
            return 0;
        });
        var refreshed = await archive.QueryAsync(db => db.SearchDocuments.AsNoTracking().OrderBy(d => d.StoryId).Take(100).ToListAsync());

        Assert.Equal(GeneratedArchive.Stories, await archive.QueryAsync(db => db.SearchDocuments.CountAsync()));
        Assert.Equal(
            sample.Select(d => (d.StoryId, d.Headline, d.Dek, d.Body, d.Authors, d.Tags)),
            refreshed.Select(d => (d.StoryId, d.Headline, d.Dek, d.Body, d.Authors, d.Tags)));
    }

    [Fact]
    public async Task GeneratedStoriesFireNoWebhooks()
    {
        Assert.Equal(2, await archive.QueryAsync(db => db.Webhooks.CountAsync()));
        Assert.Equal(0, await archive.QueryAsync(db => db.WebhookDeliveries.CountAsync()));
    }

    [Fact]
    public void TheSummaryCountsWhatWasMade()
    {
        Assert.Equal(GeneratedArchive.Stories, archive.Summary.Stories);
        Assert.Equal((40, 10, 3_000), (archive.Summary.Authors, archive.Summary.Sections, archive.Summary.Tags));
        Assert.True(archive.Summary.StoriesPerSecond > 0);
    }
}
