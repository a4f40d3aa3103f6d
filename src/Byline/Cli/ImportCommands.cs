using System.CommandLine;
using System.Text.Json;
using Byline.Import;

namespace Byline.Cli;

public static class ImportCommands
{
    public static Command Import()
    {
        var path = new Argument<string>("path") { Description = "A file or a folder: .txt stories, .md stories or pages with front matter, .json Byline exports." };
        var section = new Option<string?>("--section") { Description = "Section for stories whose file names none (plain-text stories never do)." };
        var drafts = new Option<bool>("--drafts") { Description = "Import stories as drafts instead of published." };
        var published = new Option<string?>("--published") { Description = "Publication time for stories whose file states none, e.g. 2025-10-26T18:00:00+08:00 (default: now)." };
        var import = new Command("import", "Import stories, pages or a whole export. Re-importing a story updates it.") { path, section, drafts, published };
        import.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var bar = new ProgressBar(Console.Error, !Console.IsErrorRedirected);
            ImportSummary summary;
            try
            {
                var options = new ImportOptions(parse.GetValue(section), parse.GetValue(drafts), FrontMatter.ParseTime(parse.GetValue(published), "--published"));
                summary = await services.GetRequiredService<Importer>().ImportAsync(parse.GetValue(path)!, options, bar.Report, ct);
            }
            catch (ImportException ex)
            {
                await Console.Error.WriteLineAsync("Nothing imported: " + ex.Message);
                return 2;
            }

            foreach (var skipped in summary.Results.Where(r => r.Outcome == ImportOutcome.Skipped))
            {
                await Console.Error.WriteLineAsync($"skipped {skipped.File}: {skipped.Reason}");
            }

            // Say where each update went, so a story that replaced the wrong one would show.
            foreach (var updated in summary.Results.Where(r => r.Outcome == ImportOutcome.Updated))
            {
                Console.WriteLine($"updated {updated.File}: went to the story already at {updated.Slug}");
            }

            Console.WriteLine($"{summary.Imported} imported, {summary.Updated} updated, {summary.Skipped} skipped" +
                (summary.Ignored > 0 ? $" ({summary.Ignored} other files ignored)" : ""));
            return summary.Skipped == 0 ? 0 : 1;
        }));
        return import;
    }

    public static Command Export()
    {

        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Write everything (publication, sections, tags, authors, pages, ad slots, stories) as one JSON document.") { output };
        export.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var document = await services.GetRequiredService<Exporter>().ExportAsync(ct);
            var file = parse.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : File.Create(file);
            await JsonSerializer.SerializeAsync(stream, document, ExportDocument.Json, ct);
            if (file is not null)
            {
                await Console.Error.WriteLineAsync($"Exported {document.Stories.Count} stories and {document.Pages.Count} pages to {file}");
            }

            return 0;
        }));
        return export;
    }
}
