using Byline.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Media;

// `byline media variants` takes images stored before the library kept rows into it, once.
public sealed class MediaCommandTests : IAsyncLifetime
{
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(onDisk: true);
        Assert.Equal(0, (await Executable.RunAsync(_database, "migrate")).ExitCode);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync() =>
        Tool.RunAsync("dotnet", [Executable.Dll, "media", "variants"], new Dictionary<string, string>(Executable.Environment(_database)) { ["Byline__Media__Path"] = _media }, workingDirectory: Path.GetTempPath());

    [Fact]
    public async Task MediaVariantsAddsOldUploadsToTheLibraryOnceAndLeavesOtherFilesAlone()
    {
        Directory.CreateDirectory(Path.Combine(_media, "2025", "03"));
        using (var image = new Image<Rgb24>(1000, 500, new Rgb24(10, 120, 60)))
        {
            await image.SaveAsJpegAsync(Path.Combine(_media, "2025", "03", "00112233445566778899aabb.jpg"));
        }

        await File.WriteAllTextAsync(Path.Combine(_media, "2025", "03", "notes.txt"), "not an image");

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Added 1 image(s) to the library", first.Output, StringComparison.Ordinal);
        Assert.Contains("Added 0 image(s) to the library; made variants for 0 more", second.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_media, "2025", "03")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["00112233445566778899aabb-1000w.webp", "00112233445566778899aabb-320w.jpg", "00112233445566778899aabb-320w.webp", "00112233445566778899aabb-640w.jpg",
             "00112233445566778899aabb-640w.webp", "00112233445566778899aabb-960w.jpg", "00112233445566778899aabb-960w.webp", "00112233445566778899aabb.jpg", "notes.txt"],
            files);
    }
}
