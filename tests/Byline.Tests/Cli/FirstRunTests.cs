using System.Net;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Cli;

// What the README promises a newcomer: `serve` on a machine with nothing set up answers with the
// demo publication, the fixture story among it.
public sealed class FirstRunTests
{
    [Fact]
    public async Task ServeOnAnEmptyInstallStartsWithTheDemoPublication()
    {
        var workingFolder = Directory.CreateTempSubdirectory("byline-first-run-").FullName;
        await using var database = TestDatabase.IsPostgres ? await TestDatabase.CreateAsync() : null;
        var site = await RunningSite.StartAsync(database, workingFolder);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(site.Url) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

            var (response, page) = await client.GetPageAsync("/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("Marco Rubio Highlights", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
            Assert.Equal("/theme/site.css", new Uri(new Uri("http://x"), page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")).AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"))).StatusCode);
            if (database is null)
            {
                Assert.True(File.Exists(Path.Combine(workingFolder, "data", "byline.db")), "the SQLite file belongs in ./data");
            }
        }
        finally
        {
            await site.DisposeAsync();
            Directory.Delete(workingFolder, recursive: true);
        }
    }
}
