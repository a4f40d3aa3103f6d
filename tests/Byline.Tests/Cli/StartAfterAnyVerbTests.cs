using System.Net;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Cli;

// Whatever state the program's own verbs leave a fresh database in, `serve` starts a working site
// on it: the demo publication only on a database with no content, plain settings otherwise. The
// suite tries each verb alone and a set of orders; scripts/torture.sh can walk longer ones.
public sealed class StartAfterAnyVerbTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-verbs-").FullName;
    private const string DemoName = "The Meridian Ledger";

    public Task InitializeAsync()
    {
        // A reporter of the demo's own name: importing her story used to stop the first start with a
        // unique-constraint failure when the demo's authors were added over the imported ones.
        File.Copy(Repo.FixtureStory, Path.Combine(_folder, "story.txt"));
        File.WriteAllText(Path.Combine(_folder, "story.md"),
            "---\ntitle: Harbour tolls rise\nauthors: [Mei Ling Tan]\nsection: Business\ndate: 2026-03-03T08:00:00Z\n---\nThe port raised its tolls.");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private string[] Verb(string name) => name switch
    {
        "migrate" => ["migrate"],
        "import-text" => ["import", Path.Combine(_folder, "story.txt"), "--section", "Politics"],
        "import-markdown" => ["import", Path.Combine(_folder, "story.md")],
        "restore" => ["import", Path.Combine(_folder, "export.json")],
        "generate" => ["generate", "--stories", "12", "--authors", "3", "--sections", "2", "--tags", "4"],
        "user" => ["user", "add", "editor@example.com", "--role", "Administrator", "--name", "Aryan Singh"],
        "key" => ["key", "add", "Front end"],
        "webhook" => ["webhook", "add", "https://hooks.example.com/byline"],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly string[] ContentVerbs = ["import-text", "import-markdown", "restore", "generate"];

    [Theory]
    [InlineData("import-text")]
    [InlineData("import-markdown")]
    [InlineData("restore")]
    [InlineData("generate")]
    [InlineData("migrate")]
    [InlineData("user")]
    [InlineData("key", "webhook")]
    [InlineData("user", "import-text")]
    [InlineData("import-text", "user")]
    [InlineData("generate", "import-text", "import-markdown")]
    [InlineData("restore", "import-text", "generate")]
    [InlineData("migrate", "user", "key", "webhook", "import-text", "import-markdown", "generate", "restore")]
    [InlineData("restore", "generate", "import-markdown", "import-text", "webhook", "key", "user", "migrate")]
    public async Task ServeStartsAWorkingSiteAfterTheseVerbsOnAFreshDatabase(params string[] verbs)
    {
        if (verbs.Contains("restore"))
        {
            await MakeExportAsync();
        }

        await using var database = await TestDatabase.CreateAsync(onDisk: true);
        foreach (var verb in verbs)
        {
            var (exit, _, error) = await Executable.RunAsync(database, Verb(verb));
            Assert.True(exit == 0, $"{verb}: {error}");
        }

        var site = await RunningSite.StartAsync(database, _folder);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(site.Url) };
            var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            var html = await home.Content.ReadAsStringAsync();
            var hadContent = verbs.Any(ContentVerbs.Contains);
            Assert.Equal(!hadContent, html.Contains(DemoName, StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/login")).StatusCode);
            if (verbs.Contains("import-text"))
            {
                var story = await client.GetAsync("/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with");
                Assert.Equal(HttpStatusCode.OK, story.StatusCode);
            }
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task AStartThatCannotReachItsDatabaseSaysWhyInOneLineAndExitsNonZero()
    {
        var port = Executable.FreePort();
        var unreachable = new TestDatabaseless($"Host=127.0.0.1;Port={port};Username=nobody;Timeout=3");

        var (exit, output, error) = await Tool.RunAsync("dotnet", [Executable.Dll, "serve", "--urls", $"http://127.0.0.1:{Executable.FreePort()}"],
            unreachable.Environment, workingDirectory: _folder);

        Assert.NotEqual(0, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines, l => l.StartsWith("byline: cannot start:", StringComparison.Ordinal));
        Assert.Contains("PostgreSQL", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    private sealed record TestDatabaseless(string ConnectionString)
    {
        public Dictionary<string, string> Environment => new()
        {
            ["ConnectionStrings__Byline"] = ConnectionString,
            ["Byline__AutoMigrate"] = "true",
            ["DOTNET_NOLOGO"] = "1",
        };
    }

    // An export of another install holding the fixture story, for the `restore` verb.
    private async Task MakeExportAsync()
    {
        var export = Path.Combine(_folder, "export.json");
        if (File.Exists(export))
        {
            return;
        }

        await using var other = await TestDatabase.CreateAsync(onDisk: true);
        Assert.Equal(0, (await Executable.RunAsync(other, Verb("import-text"))).ExitCode);
        var exported = await Executable.RunAsync(other, "export", "--output", export);
        Assert.True(exported.ExitCode == 0, exported.Error);
    }
}
