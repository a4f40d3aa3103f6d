using System.Diagnostics;
using System.Threading.Channels;
using Byline.Search;

namespace Byline.Generate;

// `byline generate`: a synthetic archive for benchmarks. The publication, authors, sections and
// tags go in through EF (a few thousand rows); the stories in bulk through an ArchiveLoader, while
// the next batch is written on another thread.
public sealed class ArchiveGenerator(BylineDb db, TimeProvider time, IConfiguration configuration)
{
    private const int BatchSize = 1_000;

    public async Task<GenerateSummary> RunAsync(GenerateOptions options, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var words = Vocabulary.Default;
        if (!await db.Publication.AnyAsync(cancellationToken))
        {
            db.Publication.Add(new PublicationSettings
            {
                Name = "The Byline Courier",
                Tagline = "News from a synthetic archive",
                BaseUrl = configuration["Byline:BaseUrl"] ?? "http://localhost:5080",
            });
        }

        var masthead = await Masthead.PrepareAsync(db, options, words, cancellationToken);

        // Counted back from midnight, so the archive is all in the past and the same all day.
        var until = time.GetUtcNow().UtcDateTime.Date;
        var maker = new StoryMaker(options, masthead, words, until);
        await using (var loader = await ArchiveLoader.StartAsync(db, cancellationToken))
        {
            var ids = await loader.ReserveIdsAsync(options.Stories, cancellationToken);
            var batches = Channel.CreateBounded<GeneratedStory[]>(2);
            var making = Task.Run(() => MakeAsync(maker, ids, batches.Writer, cancellationToken), cancellationToken);
            var done = 0;
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await loader.WriteAsync(batch, cancellationToken);
                done += batch.Length;
                progress?.Invoke(done, options.Stories);
            }

            await making;
            await loader.CommitAsync(cancellationToken);
        }

        var loaded = clock.Elapsed;

        // Every generated story already has its search row; this finds none missing, and would
        // mend the index if it did.
        await SearchIndexer.CatchUpAsync(db, cancellationToken);

        // The bulk load went past the save path, so a running server is told to drop every cached page.
        db.CacheEvictions.Add(new Caching.CacheEviction { Tags = Caching.CacheTags.Everything, At = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return new GenerateSummary(options.Stories, masthead.Authors.Count, masthead.SectionIds.Count, masthead.Tags.Count, loaded, clock.Elapsed);
    }

    private static async Task MakeAsync(StoryMaker maker, int[] ids, ChannelWriter<GeneratedStory[]> output, CancellationToken cancellationToken)
    {
        try
        {
            for (var start = 0; start < ids.Length; start += BatchSize)
            {
                var batch = new GeneratedStory[Math.Min(BatchSize, ids.Length - start)];
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i] = maker.Make(start + i, ids[start + i]);
                }

                await output.WriteAsync(batch, cancellationToken);
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
            throw;
        }
    }
}

public sealed record GenerateSummary(int Stories, int Authors, int Sections, int Tags, TimeSpan Loaded, TimeSpan Elapsed)
{
    public double StoriesPerSecond => Stories / Math.Max(Elapsed.TotalSeconds, 0.001);
}
