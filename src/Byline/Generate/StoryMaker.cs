using Byline.Search;
using Byline.Text;

namespace Byline.Generate;

// Makes story number i of a run from the seed alone: its text, dates, section, bylines and tags do
// not depend on what the database holds, so the same seed gives the same headlines anywhere. Only
// the id (and so the slug's suffix and the PublicId) comes from the database, which keeps a
// second run's slugs clear of the first's.
public sealed class StoryMaker(GenerateOptions options, Masthead masthead, Vocabulary words, DateTime until)
{
    private readonly NewsWriter _writer = new(words);
    private readonly Zipf _sections = new(masthead.SectionIds.Count, 0.6);
    private readonly Zipf _authors = new(masthead.Authors.Count, 0.8);
    private readonly Zipf? _tags = masthead.Tags.Count > 0 ? new(masthead.Tags.Count, 1.0) : null;
    private readonly DateTime _from = until.AddYears(-GenerateOptions.Years);

    public GeneratedStory Make(int index, int id)
    {
        var r = Rng.For(options.Seed, index);
        var headline = _writer.Headline(r);
        var dek = _writer.Dek(r);
        var dateline = r.Chance(0.7) ? words.Pick("place", r) : null;
        var paragraphs = _writer.Paragraphs(r);
        var html = BodyMarkup.Html(paragraphs, dateline);

        // Evenly through the years, in story order, so ids rise with publication time as in a real
        // archive (search takes the newest matches by id).
        var span = (until - _from).Ticks;
        var published = Seconds(_from.AddTicks((long)(span * ((index + r.NextDouble()) / options.Stories))));
        var updated = r.Chance(0.15) ? Min(published.AddMinutes(r.Between(5, 600)), until) : published;

        var bylines = _authors.Distinct(r, r.Next(100) switch { < 72 => 1, < 93 => 2, _ => 3 }).Select(k => masthead.Authors[k]).ToList();
        var tags = _tags?.Distinct(r, r.Between(1, 5)).Select(k => masthead.Tags[k]).ToList() ?? [];
        return new GeneratedStory(
            id,
            Rng.For(options.Seed ^ 0x5EED, id).NextGuid(),
            headline,
            $"{Slugs.Slugify(headline, 80)}-{id}",
            dek,
            dateline,
            BodyMarkup.Markdown(paragraphs),
            html,
            masthead.SectionIds[_sections.Next(r)],
            bylines.ConvertAll(a => a.Id).ToArray(),
            tags.ConvertAll(t => t.Id).ToArray(),
            published.AddMinutes(-r.Between(10, 300)),
            published,
            updated,
            SearchIndexer.Document(id, headline, dek, html, bylines.Select(a => a.Name), tags.Select(t => t.Name).Order(StringComparer.Ordinal)));
    }

    private static DateTime Seconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
