using System.CommandLine;
using System.Text.Json;
using Byline.Import;
using Byline.Media;
using Byline.Newsroom.Accounts;

namespace Byline.Cli;

// The verbs of the one executable. `serve` (the default) is the web host in Program.cs; the others
// run against the same configuration and database and exit.
public static class BylineCli
{
    private static readonly string[] Verbs = ["import", "export", "migrate", "key", "webhook", "generate", "user", "media", "quotes", "entities"];

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
            await Search.SearchIndexer.CatchUpAsync(db, ct);
            Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        }));
        root.Subcommands.Add(migrate);

        root.Subcommands.Add(ImportCommands.Import());
        root.Subcommands.Add(ImportCommands.Export());
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(WebhookCommands.Create());
        root.Subcommands.Add(GenerateCommands.Generate());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(MediaCommands.Create());
        root.Subcommands.Add(QuoteCommands.Create());
        root.Subcommands.Add(EntityCommands.Create());
        root.Subcommands.Add(AnalyzeCommands.Create());

        return await root.Parse(args).InvokeAsync();
    }

    internal static async Task<int> WithHostAsync(Func<IServiceProvider, Task<int>> action)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.AddBylineConfiguration();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Standard output carries the verb's result (an export is piped to a file); logs go to stderr.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddBylineData();
        builder.AddImport();
        builder.AddAccounts();
        builder.AddMedia();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    // The CLI works on a fresh install too: SQLite is migrated first, and so is PostgreSQL when
    // Byline:AutoMigrate says so; otherwise an out-of-date PostgreSQL schema is refused in one line.
    internal static async Task PrepareSchemaAsync(this IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<BylineDb>();
        if (db is SqliteBylineDb || services.GetRequiredService<IConfiguration>().GetValue("Byline:AutoMigrate", false))
        {
            await db.Database.MigrateAsync(ct);
            await Search.SearchIndexer.CatchUpAsync(db, ct);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new InvalidOperationException("The database schema is not up to date. Run `byline migrate` (or set Byline:AutoMigrate=true) first.");
        }
    }
}
