using System.Text;
using System.Text.Json;

namespace Byline.Import;

// Section and PublishedAt apply to stories whose file states none (plain text never names a section).
public sealed record ImportOptions(string? Section = null, bool AsDrafts = false, DateTime? PublishedAt = null);

public sealed record ImportSummary(IReadOnlyList<ImportResult> Results, int Ignored)
{
    public int Imported => Results.Count(r => r.Outcome == ImportOutcome.Imported);
    public int Updated => Results.Count(r => r.Outcome == ImportOutcome.Updated);
    public int Skipped => Results.Count(r => r.Outcome == ImportOutcome.Skipped);
}

// Imports a file or a folder of files: plain-text stories (.txt), Markdown with front matter (.md)
// and Byline exports (.json). Each file is read and saved on its own, in its own unit of work: a
// broken file is reported with the reason and skipped, and the rest go on.
public sealed class Importer(IServiceScopeFactory scopes)
{
    public const long MaxStoryFileBytes = 10 * 1024 * 1024;
    public const long MaxExportFileBytes = 1024L * 1024 * 1024;
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".json"];

    public async Task<ImportSummary> ImportAsync(
        string path, ImportOptions options, Action<int, int, string>? progress, CancellationToken cancellationToken)
    {
        var (files, ignored) = FindFiles(path);
        var results = new List<ImportResult>();
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Invoke(i, files.Count, files[i]);
            results.AddRange(await ImportFileAsync(files[i], options, cancellationToken));
        }

        progress?.Invoke(files.Count, files.Count, "");
        return new ImportSummary(results, ignored);
    }

    private static (List<string> Files, int Ignored) FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return ([Path.GetFullPath(path)], 0);
        }

        if (!Directory.Exists(path))
        {
            throw new ImportException($"there is no file or folder at {path}");
        }

        var all = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = all.Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();
        return (files, all.Count - files.Count);
    }

    private async Task<IReadOnlyList<ImportResult>> ImportFileAsync(string file, ImportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            var bytes = await ReadBoundedAsync(file, extension == ".json" ? MaxExportFileBytes : MaxStoryFileBytes, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            if (extension == ".json")
            {
                return await RestoreAsync(scope.ServiceProvider, file, bytes, cancellationToken);
            }

            var text = Decode(bytes);
            var writer = scope.ServiceProvider.GetRequiredService<StoryWriter>();
            if (extension == ".txt")
            {
                var story = TextStoryReader.Read(text);
                story = story with
                {
                    SourceKey = StoryIdentity.ForText(story.Headline, story.PublishedAt, file),
                    Section = options.Section,
                    PublishedAt = story.PublishedAt ?? options.PublishedAt,
                };
                return [await SaveAsync(writer, file, Adjust(story, options), cancellationToken)];
            }

            var inPages = Path.GetDirectoryName(file)?.Split(Path.DirectorySeparatorChar).LastOrDefault() == "pages";
            return MarkdownStoryReader.Read(text, inPages, file) switch
            {
                IncomingPage page => [new(file, await writer.SavePageAsync(page, cancellationToken), page.Title)],
                IncomingStory story => [await SaveAsync(writer, file, Adjust(story with { Section = story.Section ?? options.Section, PublishedAt = story.PublishedAt ?? options.PublishedAt }, options), cancellationToken)],
                _ => throw new InvalidOperationException("unreachable"),
            };
        }
        catch (ImportException ex)
        {
            return [new(file, ImportOutcome.Skipped, Reason: ex.Message)];
        }
        catch (DbUpdateException ex)
        {
            return [new(file, ImportOutcome.Skipped, Reason: "the database refused it: " + (ex.InnerException?.Message ?? ex.Message))];
        }
        catch (IOException ex)
        {
            return [new(file, ImportOutcome.Skipped, Reason: "it could not be read: " + ex.Message)];
        }
        catch (UnauthorizedAccessException ex)
        {
            return [new(file, ImportOutcome.Skipped, Reason: "it could not be read: " + ex.Message)];
        }
    }

    private static async Task<ImportResult> SaveAsync(StoryWriter writer, string file, IncomingStory story, CancellationToken cancellationToken)
    {
        var saved = await writer.WriteAsync(story, cancellationToken);
        return new(file, saved.Outcome, story.Headline, Slug: saved.Slug);
    }

    private static IncomingStory Adjust(IncomingStory story, ImportOptions options) =>
        options.AsDrafts ? story with { Status = StoryStatus.Draft } : story;

    private static async Task<IReadOnlyList<ImportResult>> RestoreAsync(IServiceProvider services, string file, byte[] bytes, CancellationToken cancellationToken)
    {
        if (!ExportDocument.LooksLikeExport(bytes))
        {
            throw new ImportException("this JSON file is not a Byline export (it has no \"byline_export\" field)");
        }

        ExportDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ExportDocument>(bytes, ExportDocument.Json);
        }
        catch (JsonException ex)
        {
            throw new ImportException($"the export is not valid: {ex.Message}", ex);
        }

        return document is null
            ? throw new ImportException("the export is empty")
            : await services.GetRequiredService<Restorer>().RestoreAsync(document, file, cancellationToken);
    }

    internal static async Task<byte[]> ReadBoundedAsync(string file, long limit, CancellationToken cancellationToken)
    {
        var length = new FileInfo(file).Length;
        if (length == 0)
        {
            throw new ImportException("the file is empty");
        }

        return length > limit
            ? throw new ImportException($"the file is {length / 1024 / 1024} MB; the limit for this kind of file is {limit / 1024 / 1024} MB")
            : await File.ReadAllBytesAsync(file, cancellationToken);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static string Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
        {
            throw new ImportException("the file is binary, not text");
        }

        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException("the file is not UTF-8 text");
        }
    }
}
