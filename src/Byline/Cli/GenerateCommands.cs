using System.CommandLine;
using System.Globalization;
using Byline.Generate;

namespace Byline.Cli;

// `byline generate --stories N`: a realistic synthetic archive for benchmarks and search timing.
public static class GenerateCommands
{
    public static Command Generate()
    {
        var stories = new Option<int>("--stories") { Description = "How many stories to add (required).", Required = true };
        var authors = new Option<int>("--authors") { Description = "Authors to write them (found or created).", DefaultValueFactory = _ => 40 };
        var sections = new Option<int>("--sections") { Description = "Sections to file them in (found or created).", DefaultValueFactory = _ => 10 };
        var tags = new Option<int>("--tags") { Description = "Tags to draw from, a few often and most rarely (found or created).", DefaultValueFactory = _ => 3_000 };
        var seed = new Option<long>("--seed") { Description = "The same seed gives the same stories.", DefaultValueFactory = _ => GenerateOptions.DefaultSeed };
        var generate = new Command("generate", "Add a synthetic archive of published stories (headlines, deks, bodies, bylines, sections, tags over five years), for benchmarks. No webhooks fire.")
        {
            stories, authors, sections, tags, seed,
        };
        generate.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            var options = new GenerateOptions(parse.GetValue(stories), parse.GetValue(authors), parse.GetValue(sections), parse.GetValue(tags), parse.GetValue(seed));
            if (options.Validate() is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            await services.PrepareSchemaAsync(ct);
            if ((await services.GetRequiredService<BylineDb>().Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await Console.Error.WriteLineAsync("The database schema is not up to date: run `byline migrate` first.");
                return 2;
            }

            var bar = new ProgressBar(Console.Error, !Console.IsErrorRedirected);
            var summary = await ActivatorUtilities.CreateInstance<ArchiveGenerator>(services)
                .RunAsync(options, (done, total) => bar.Report(done, total, "stories"), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {summary.Stories:N0} stories ({summary.Authors} authors, {summary.Sections} sections, {summary.Tags:N0} tags) " +
                $"in {summary.Elapsed.TotalSeconds:F1} s ({summary.StoriesPerSecond:N0} stories/s; loaded and indexed in {summary.Loaded.TotalSeconds:F1} s), seed {options.Seed}."));
            return 0;
        }));
        return generate;
    }
}
