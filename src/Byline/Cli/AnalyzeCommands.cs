using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Byline.Intelligence;

namespace Byline.Cli;

// `byline analyze`: quotes, people, organisations, places and related stories for the whole archive.
// Saves keep them up to date; this is for an archive loaded around saves (`byline generate`, an old
// database after the upgrade) or after the rules change. It resumes where it stopped: a story whose
// analysis is current is skipped, so running it twice changes nothing.
public static class AnalyzeCommands
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Analyse every story again, even those whose analysis is current." };
        var analyze = new Command("analyze", "Find the quotes and their speakers, the people, organisations and places, and the related stories of every story not yet analysed under the current rules. Resumable; a second run changes nothing.")
        {
            force,
        };
        analyze.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var db = services.GetRequiredService<BylineDb>();
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await Console.Error.WriteLineAsync("The database schema is not up to date: run `byline migrate` first.");
                return 2;
            }

            var time = services.GetRequiredService<TimeProvider>();
            var clock = Stopwatch.StartNew();
            var all = await db.Stories.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
            var current = parse.GetValue(force) ? [] : (await db.Set<StoryAnalysisRecord>().AsNoTracking()
                .Where(r => r.RulesVersion == StoryIntelligence.RulesVersion).Select(r => r.StoryId).ToListAsync(ct)).ToHashSet();
            var due = all.Where(id => !current.Contains(id)).ToList();
            var bar = new ProgressBar(Console.Error, !Console.IsErrorRedirected);
            var done = 0;
            var analysed = await StoryIntelligence.AnalyseAsync(db, due, time, parse.GetValue(force), ct, n => bar.Report(done += n, due.Count, "analysed"), alone: true);

            // Related stories once every story has its entities, so each is compared with the whole archive.
            var pending = await db.Set<StoryAnalysisRecord>().AsNoTracking().Where(r => !r.RelatedDone).OrderBy(r => r.StoryId).Select(r => r.StoryId).ToListAsync(ct);
            done = 0;
            await RelatedStories.RefreshAsync(db, pending, ct, n => bar.Report(done += n, pending.Count, "related"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Analysed {analysed.Count:N0} of {all.Count:N0} stories ({all.Count - due.Count:N0} already current); related stories for {pending.Count:N0}; {clock.Elapsed.TotalSeconds:F1} s."));
            return 0;
        }));
        return analyze;
    }
}
