using System.Diagnostics;
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
        var port = Executable.FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Executable.Dll, "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        if (database is not null)
        {
            foreach (var (key, value) in Executable.Environment(database))
            {
                start.Environment[key] = value;
            }
        }

        using var server = Process.Start(start)!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var home = await WaitForAsync(client, server);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);

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
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(workingFolder, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (server.HasExited)
            {
                Assert.Fail($"byline serve exited with {server.ExitCode}: {await server.StandardError.ReadToEndAsync()}");
            }

            try
            {
                return await client.GetAsync("/");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException("byline serve did not answer within 90 s");
    }
}
