// bench/intelligence.sh's harness: edits and new stories saved through Byline's own DbContext, as
// the newsroom saves them, timed. ConnectionStrings__Byline names an analysed archive.
//   dotnet Intelligence.dll [SAVES=200] [NEW=50]
// Each round edits one story with analysis on and another with it off (the baseline: the same
// save without the analysis), and files a new story; the analysis part and the related stories
// part of a save are read from Byline's meter (AnalysisMetrics), and the process's processor time
// over each save, which the machine's other load moves much less. Prints Markdown table rows, then
// the address of a person and a place named in an edited story.
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Byline.Articles;
using Byline.Cli;
using Byline.Content;
using Byline.Data;
using Byline.Intelligence;
using Byline.Site;
using Byline.Text.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var saves = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var fresh = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
const int WarmUp = 10;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
builder.AddBylineConfiguration();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddBylineData();
using var host = builder.Build();

var meter = new Readings();
using var listener = new MeterListener();
listener.InstrumentPublished = (instrument, l) =>
{
    if (instrument.Meter.Name == AnalysisMetrics.MeterName)
    {
        l.EnableMeasurementEvents(instrument);
    }
};
listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => meter.Note(instrument.Name, value));
listener.Start();

// Stories spread through the archive: the ones edited with analysis on, off, and the templates of new ones.
List<int> ids;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
    ids = await db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
}

var wanted = (WarmUp + saves) * 3;
var picked = Enumerable.Range(0, wanted).Select(i => ids[(int)((long)i * ids.Count / wanted)]).ToList();
int Pick(int round, int which) => picked[(round * 3) + which];
int Donor(int round, int which) => ids[((round * 7919) + (which * 104729) + 17) % ids.Count];

var timings = new Dictionary<string, List<double>>();
void Keep(string row, double? value)
{
    if (value is { } v)
    {
        (timings.TryGetValue(row, out var list) ? list : timings[row] = []).Add(v);
    }
}

for (var round = 0; round < WarmUp + saves; round++)
{
    var counted = round >= WarmUp;
    var on = await SaveAsync(Pick(round, 0), Donor(round, 0), analyse: true, asNew: false);
    var off = await SaveAsync(Pick(round, 1), Donor(round, 1), analyse: false, asNew: false);
    if (counted)
    {
        Keep("edit, analysis on: whole save", on.Save);
        Keep("edit, analysis on: the analysis (quotes, entities)", on.Analysis);
        Keep("edit, analysis on: related stories", on.Related);
        Keep("edit, analysis off: whole save (baseline)", off.Save);
        Keep("edit, analysis on: processor time of the save", on.Cpu);
        Keep("edit, analysis off: processor time of the save", off.Cpu);
    }

    if (round < WarmUp + fresh)
    {
        var added = await SaveAsync(Pick(round, 2), Donor(round, 2), analyse: true, asNew: true);
        if (counted)
        {
            Keep("new story: whole save", added.Save);
            Keep("new story: the analysis (quotes, entities)", added.Analysis);
            Keep("new story: related stories", added.Related);
            Keep("new story: processor time of the save", added.Cpu);
        }
    }
}

var baseline = Median(timings["edit, analysis off: whole save (baseline)"]);
var baselineCpu = Median(timings["edit, analysis off: processor time of the save"]);
foreach (var (row, values) in timings.OrderBy(t => t.Key.Contains("processor", StringComparison.Ordinal)))
{
    var against = row.Contains("processor", StringComparison.Ordinal) ? baselineCpu : baseline;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {row} | {values.Count} | {Median(values):F2} | {Percentile(values, 0.95):F2} | {Median(values) / against:F2} |"));
}

await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
    foreach (var kind in new[] { EntityKind.Person, EntityKind.Place })
    {
        var slug = await db.StoryEntities.AsNoTracking().Where(l => picked.Contains(l.StoryId) && l.Entity!.Kind == kind && l.Entity.Review != EntityReview.Rejected)
            .OrderBy(l => l.StoryId).Select(l => l.Entity!.Slug).FirstAsync();
        Console.WriteLine($"page {Urls.Entity(kind, slug)}");
    }
}

return 0;

// A reporter's edit: the last paragraph rewritten (taken from another story, so that other names and
// quotes come in) and the first two swapped. A new story is such an edit of a story, filed anew.
async Task<(double Save, double? Analysis, double? Related, double Cpu)> SaveAsync(int id, int donor, bool analyse, bool asNew)
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
    db.AnalyseOnSave = analyse;
    var story = await db.Stories.Include(s => s.Authors).SingleAsync(s => s.Id == id);
    var other = (await db.Stories.AsNoTracking().Where(s => s.Id == donor).Select(s => s.BodyMarkdown).SingleAsync()).Split("\n\n");
    var paragraphs = story.BodyMarkdown.Split("\n\n");
    paragraphs[^1] = other[id % other.Length];
    (paragraphs[0], paragraphs[1]) = (paragraphs[1], paragraphs[0]);
    var markdown = string.Join("\n\n", paragraphs);
    var now = DateTime.UtcNow;
    if (asNew)
    {
        db.Entry(story).State = EntityState.Detached;
        story = new Story
        {
            Headline = story.Headline + ": what happens next",
            Slug = $"{story.Slug}-next-{Guid.NewGuid():N}"[..Math.Min(story.Slug.Length + 38, 200)],
            Dek = story.Dek,
            Dateline = story.Dateline,
            SectionId = story.SectionId,
            Status = StoryStatus.Published,
            CreatedAt = now,
            PublishedAt = now,
            Authors = [.. story.Authors.Select(a => new StoryAuthor { AuthorId = a.AuthorId, Position = a.Position })],
        };
        db.Stories.Add(story);
    }

    story.BodyMarkdown = markdown;
    story.BodyHtml = BodyRenderer.Render(markdown, story.Dateline);
    story.UpdatedAt = now;
    meter.Clear();
    var cpu = Environment.CpuUsage.TotalTime;
    var started = Stopwatch.GetTimestamp();
    await db.SaveChangesAsync();
    var save = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    cpu = Environment.CpuUsage.TotalTime - cpu;
    return (save, meter.Get("byline.analysis.duration"), meter.Get("byline.related.duration"), cpu.TotalMilliseconds);
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double share)
{
    var sorted = values.Order().ToList();
    if (share == 0.5 && sorted.Count % 2 == 0)
    {
        return (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}

// The meter's last reading of each instrument, for the save just made.
internal sealed class Readings
{
    private readonly Dictionary<string, double> _last = [];

    public void Note(string instrument, double value)
    {
        lock (_last)
        {
            _last[instrument] = value;
        }
    }

    public void Clear()
    {
        lock (_last)
        {
            _last.Clear();
        }
    }

    public double? Get(string instrument)
    {
        lock (_last)
        {
            return _last.TryGetValue(instrument, out var value) ? value : null;
        }
    }
}
