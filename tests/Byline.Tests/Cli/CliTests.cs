using System.Text.Json.Nodes;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Cli;

public sealed class CliTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("byline-cli-").FullName;
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(onDisk: true);

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(new[] { "--help" }, "import")]
    [InlineData(new[] { "import", "--help" }, "--section")]
    [InlineData(new[] { "export", "--help" }, "--output")]
    [InlineData(new[] { "migrate", "--help" }, "schema")]
    [InlineData(new[] { "serve", "--help" }, "--urls")]
    [InlineData(new[] { "generate", "--help" }, "--stories")]
    [InlineData(new[] { "quotes", "--help" }, "speaker")]
    [InlineData(new[] { "entities", "--help" }, "organisation")]
    public async Task EveryVerbExplainsItself(string[] args, string expected)
    {
        var (exit, output, error) = await Executable.RunAsync(_database, args);

        Assert.True(exit == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotesPrintsEachQuoteWithItsSpeakerAndRefusesABrokenFileWithExitCodeOne()
    {
        var (exit, output, error) = await Executable.RunAsync(_database, "quotes", Repo.FixtureStory);
        Assert.True(exit == 0, error);
        var quotes = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(9, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marco Rubio", (string?)q!["speaker"]));

        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var binary = Path.Combine(_folder, "binary.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]);
        foreach (var broken in new[] { empty, binary, Path.Combine(_folder, "missing.txt") })
        {
            var result = await Executable.RunAsync(_database, "quotes", broken);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("byline quotes:", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EntitiesPrintsEachNameWithItsKindScoresTheCorpusAndRefusesABrokenFileWithExitCodeOne()
    {
        var (exit, output, error) = await Executable.RunAsync(_database, "entities", Repo.FixtureStory);
        Assert.True(exit == 0, error);
        var rubio = Assert.Single(JsonNode.Parse(output)!.AsArray(), e => (string?)e!["name"] == "Marco Rubio")!;
        Assert.Equal("person", (string?)rubio["kind"]);

        var evaluation = await Executable.RunAsync(_database, "entities", "--evaluate", Path.Combine(Repo.Root, "tests", "corpus", "quotes"));
        Assert.True(evaluation.ExitCode == 0, evaluation.Error);
        Assert.Contains("people P", evaluation.Output, StringComparison.Ordinal);
        Assert.Contains("\nall ", evaluation.Output, StringComparison.Ordinal);

        var missing = await Executable.RunAsync(_database, "entities", Path.Combine(_folder, "missing.txt"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("byline entities:", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await Executable.RunAsync(_database, "entities", "--evaluate", Path.Combine(_folder, "nowhere"))).ExitCode);
    }

    [Fact]
    public async Task MigrateBringsAnEmptyDatabaseUpToDateAndThenHasNothingToDo()
    {
        var first = await Executable.RunAsync(_database, "migrate");
        var second = await Executable.RunAsync(_database, "migrate");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportReportsEachSkippedFileWithItsReasonAndSummarises()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.txt"), "A Headline Here\n\nBy Jo Bloggs\n\nIPOH: A paragraph of news.\n\nAnother paragraph.");
        await File.WriteAllTextAsync(Path.Combine(_folder, "empty.md"), "");
        await Executable.RunAsync(_database, "migrate");

        var (exit, output, error) = await Executable.RunAsync(_database, "import", _folder, "--section", "News");

        Assert.Equal(1, exit);
        Assert.Contains("1 imported, 0 updated, 1 skipped", output, StringComparison.Ordinal);
        Assert.Contains("empty.md: the file is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOfAMissingPathSaysSoAndImportsNothing()
    {
        await Executable.RunAsync(_database, "migrate");
        var (exit, _, error) = await Executable.RunAsync(_database, "import", Path.Combine(_folder, "nope"));

        Assert.Equal(2, exit);
        Assert.Contains("no file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImportIntoAnotherInstallIsLossless()
    {
        var demo = Path.Combine(Path.GetDirectoryName(Executable.Dll)!, "Demo", "content");
        await Executable.RunAsync(_database, "migrate");
        var imported = await Executable.RunAsync(_database, "import", demo, "--section", "Politics", "--published", "2025-10-27T21:00:00+08:00");
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("25 imported, 0 updated, 0 skipped", imported.Output, StringComparison.Ordinal);

        var first = Path.Combine(_folder, "first.json");
        Assert.Equal(0, (await Executable.RunAsync(_database, "export", "--output", first)).ExitCode);

        await using var other = await TestDatabase.CreateAsync(onDisk: true);
        await Executable.RunAsync(other, "migrate");
        var restored = await Executable.RunAsync(other, "import", first);
        Assert.True(restored.ExitCode == 0, restored.Error);
        var (_, second, _) = await Executable.RunAsync(other, "export");

        Assert.Equal(WithoutExportTime(await File.ReadAllTextAsync(first)), WithoutExportTime(second));
        Assert.Equal(20, JsonNode.Parse(second)!["stories"]!.AsArray().Count);
    }

    private static string WithoutExportTime(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("exported_at");
        return node.ToJsonString();
    }
}
