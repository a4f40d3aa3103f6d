using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Byline.Text.Tests;

/// <summary>The Corpus folder: stories beside their expected parse, and the naughty strings.</summary>
internal static class Corpus
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Names and places stay readable in the expected files: "São Paulo", not "S\u00E3o Paulo".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The source copy of the folder, which BYLINE_UPDATE_GOLDEN=1 rewrites.</summary>
    public static string SourceFolder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Corpus");

    public static bool Updating =>
        string.Equals(Environment.GetEnvironmentVariable("BYLINE_UPDATE_GOLDEN"), "1", StringComparison.Ordinal);

    public static IEnumerable<string> StoryNames() =>
        Directory.EnumerateFiles(Folder, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static string ReadStory(string name) => File.ReadAllText(Path.Combine(Folder, name + ".txt"));

    public static string Serialize(ParsedStory story) => JsonSerializer.Serialize(story, Json) + "\n";

    public static IReadOnlyList<string> NaughtyStrings() =>
        JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(Folder, "naughty-blns.json"))) ?? [];
}
