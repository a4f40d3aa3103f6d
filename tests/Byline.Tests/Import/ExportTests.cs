using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Import;

public sealed class ExportTests(BylineApp demo) : IClassFixture<BylineApp>
{
    private static async Task<string> ExportJsonAsync(BylineApp app) => await app.WithServicesAsync(async s =>
    {
        var document = await s.GetRequiredService<Exporter>().ExportAsync(CancellationToken.None);
        var json = JsonSerializer.SerializeToNode(document, ExportDocument.Json)!.AsObject();
        json.Remove("exported_at");
        return json.ToJsonString(ExportDocument.Json);
    });

    [Fact]
    public async Task ExportImportedOnAnotherInstallExportsTheSameDocument()
    {
        var original = await ExportJsonAsync(demo);
        var file = Path.Combine(Path.GetTempPath(), $"byline-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, original);
        try
        {
            await using var other = new EmptyBylineApp();
            await other.InitializeAsync();
            var summary = await other.Services.GetRequiredService<Importer>().ImportAsync(file, new ImportOptions(), null, CancellationToken.None);

            Assert.Equal(0, summary.Skipped);
            Assert.Equal(20, summary.Imported);
            Assert.Equal(original, await ExportJsonAsync(other));

            // Importing the same export again changes nothing.
            var again = await other.Services.GetRequiredService<Importer>().ImportAsync(file, new ImportOptions(), null, CancellationToken.None);
            Assert.Equal(20, again.Updated);
            Assert.Equal(original, await ExportJsonAsync(other));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AnUpdateStaysAnUpdateThroughExportAndRestore()
    {
        await using var source = new EmptyBylineApp();
        await source.InitializeAsync();
        await source.SaveAsync(TestStories.FreshStory("harbour") with { Corrections = [(DateTime.UtcNow.AddMinutes(-5), "A correction.")] });
        await source.QueryAsync(db =>
        {
            db.Corrections.Add(new Correction { StoryId = db.Stories.Single().Id, At = DateTime.UtcNow, Kind = CorrectionKind.Update, Text = "An update." });
            return db.SaveChangesAsync();
        });
        var file = Path.Combine(Path.GetTempPath(), $"byline-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await ExportJsonAsync(source));
        try
        {
            await using var other = new EmptyBylineApp();
            await other.InitializeAsync();
            await other.Services.GetRequiredService<Importer>().ImportAsync(file, new ImportOptions(), null, CancellationToken.None);

            var kinds = await other.QueryAsync(db => db.Corrections.OrderBy(c => c.At).Select(c => c.Kind).ToListAsync());
            Assert.Equal([CorrectionKind.Correction, CorrectionKind.Update], kinds);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ExportCarriesEveryKindOfContent()
    {
        var json = JsonNode.Parse(await ExportJsonAsync(demo))!;

        Assert.Equal(1, json["byline_export"]!.GetValue<int>());
        Assert.Equal("The Meridian Ledger", json["publication"]!["name"]!.GetValue<string>());
        Assert.Equal(6, json["sections"]!.AsArray().Count);
        Assert.Equal(5, json["authors"]!.AsArray().Count);
        Assert.Equal(4, json["ad_slots"]!.AsArray().Count);
        Assert.True(json["pages"]!.AsArray().Count >= 3);
        var story = json["stories"]!.AsArray().Single(s => s!["slug"]!.GetValue<string>() == "green-startup-fund-launch")!;
        Assert.Equal(["mei-ling-tan", "farah-iskandar"], story["authors"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Single(story["corrections"]!.AsArray());
        Assert.Equal("published", story["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnExportNamingAMissingAuthorIsRefusedWhole()
    {
        var json = JsonNode.Parse(await ExportJsonAsync(demo))!.AsObject();
        json["authors"] = new JsonArray();
        var file = Path.Combine(Path.GetTempPath(), $"byline-export-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json.ToJsonString());
        try
        {
            await using var other = new EmptyBylineApp();
            await other.InitializeAsync();
            var summary = await other.Services.GetRequiredService<Importer>().ImportAsync(file, new ImportOptions(), null, CancellationToken.None);

            Assert.Contains("author", Assert.Single(summary.Results).Reason, StringComparison.Ordinal);
            Assert.Equal(0, await other.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.CountAsync()));
            Assert.Equal(0, await other.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Sections.CountAsync()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
