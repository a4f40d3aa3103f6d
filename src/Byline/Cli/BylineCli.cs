using System.CommandLine;
using System.Text.Json;
using Byline.Import;

namespace Byline.Cli;

// The verbs of the one executable. `serve` (the default) is the web host in Program.cs; the others
// run against the same configuration and database and exit.
public static class BylineCli
{
    private static readonly string[] Verbs = ["import", "export", "migrate"];

    // No verb, `serve`, or only configuration switches (--urls ...) mean: run the site.
    public static bool IsServe(string[] args) =>
        !args.Any(a => a is "--help" or "-h" or "-?" or "--version") &&
        (args.Length == 0 || args[0] == "serve" || (args[0].StartsWith("--", StringComparison.Ordinal) && !Verbs.Contains(args[0])));

    public static string[] ServeArgs(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Byline: a news publishing platform. Run with no verb, or `serve`, to start the site.");

        var serve = new Command("serve", "Start the web site (the default). Configuration switches follow, e.g. --urls http://127.0.0.1:5080 --ConnectionStrings:Byline \"Host=...\"");
        serve.SetAction(_ => 0);
        root.Subcommands.Add(serve);

        var migrate = new Command("migrate", "Bring the database schema up to date (SQLite or PostgreSQL, from ConnectionStrings:Byline).");
        migrate.SetAction((_, ct) => WithHostAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        }));
        root.Subcommands.Add(migrate);

        var path = new Argument<string>("path") { Description = "A file or a folder: .txt stories, .md stories or pages with front matter, .json Byline exports." };
        var section = new Option<string?>("--section") { Description = "Section for stories whose file names none (plain-text stories never do)." };
        var drafts = new Option<bool>("--drafts") { Description = "Import stories as drafts instead of published." };
        var published = new Option<string?>("--published") { Description = "Publication time for stories whose file states none, e.g. 2025-10-26T18:00:00+08:00 (default: now)." };
        var import = new Command("import", "Import stories, pages or a whole export. Re-importing a story updates it.") { path, section, drafts, published };
        import.SetAction((parse, ct) => WithHostAsync(async services =>
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

            Console.WriteLine($"{summary.Imported} imported, {summary.Updated} updated, {summary.Skipped} skipped" +
                (summary.Ignored > 0 ? $" ({summary.Ignored} other files ignored)" : ""));
            return summary.Skipped == 0 ? 0 : 1;
        }));
        root.Subcommands.Add(import);

        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Write everything (publication, sections, tags, authors, pages, ad slots, stories) as one JSON document.") { output };
        export.SetAction((parse, ct) => WithHostAsync(async services =>
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
        root.Subcommands.Add(export);

        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> WithHostAsync(Func<IServiceProvider, Task<int>> action)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.AddBylineConfiguration();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Standard output carries the verb's result (an export is piped to a file); logs go to stderr.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddBylineData();
        builder.AddImport();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    // The CLI works on a fresh install too: SQLite is migrated first, PostgreSQL must be (`byline migrate`).
    private static async Task PrepareSchemaAsync(this IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<BylineDb>();
        if (db is SqliteBylineDb)
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
