using Byline.Import;
using Byline.Text;

namespace Byline.Generate;

// Who writes, where it runs and how it is tagged: authors with job titles and bios, sections and
// tags, all made from the seed. A row that exists already (same slug) is used as it is, so a second
// run, or a run on top of the demo, adds stories to the same desks instead of duplicating them.
// These are a few thousand rows at most, saved through EF like any other.
public sealed record Masthead(IReadOnlyList<Named> Authors, IReadOnlyList<int> SectionIds, IReadOnlyList<Named> Tags)
{
    private static readonly string[] JobTitles =
        ["Reporter", "Senior reporter", "Correspondent", "Chief correspondent", "News editor", "Data journalist", "Columnist", "Video journalist", "Deputy editor", "Photojournalist"];

    public static async Task<Masthead> PrepareAsync(BylineDb db, GenerateOptions options, Vocabulary words, CancellationToken cancellationToken)
    {
        var writer = new NewsWriter(words);
        var sectionNames = Distinct(options.Sections, i => i < words["section"].Count ? words["section"][i] : $"{words["place"][i % words["place"].Count]} Desk");
        var rng = Rng.For(options.Seed, -1);
        var authorNames = Distinct(options.Authors, _ => writer.Person(rng));
        var tagNames = Distinct(options.Tags, _ => TagName(words, writer, rng));

        var existingSections = await db.Sections.ToDictionaryAsync(s => s.Slug, cancellationToken);
        var existingAuthors = await db.Authors.ToDictionaryAsync(a => a.Slug, cancellationToken);
        var existingTags = await db.Tags.ToDictionaryAsync(t => t.Slug, cancellationToken);

        var position = existingSections.Count;
        var sections = sectionNames.ConvertAll(name => existingSections.GetValueOrDefault(StoryWriter.SlugFor(null, name, "section"))
            ?? db.Sections.Add(new Section { Name = name, Slug = StoryWriter.SlugFor(null, name, "section"), Position = position++ }).Entity);
        var authors = authorNames.ConvertAll(name => existingAuthors.GetValueOrDefault(Slugs.Slugify(name))
            ?? db.Authors.Add(NewAuthor(name, sectionNames, words, rng)).Entity);
        var tags = tagNames.ConvertAll(name => existingTags.GetValueOrDefault(Slugs.Slugify(name))
            ?? db.Tags.Add(new Tag { Name = name, Slug = Slugs.Slugify(name) }).Entity);
        await db.SaveChangesAsync(cancellationToken);

        return new Masthead(
            authors.ConvertAll(a => new Named(a.Id, a.Name)),
            sections.ConvertAll(s => s.Id),
            tags.ConvertAll(t => new Named(t.Id, t.Name)));
    }

    // Places and people are the commonest tags on a news site; topics fill the long tail.
    private static string TagName(Vocabulary words, NewsWriter writer, Rng rng) => rng.Next(20) switch
    {
        < 3 => words.Pick("place", rng),
        < 8 => writer.Person(rng),
        < 15 => NewsWriter.Capitalise($"{words.Pick("adj", rng)} {words.Pick("noun", rng)}"),
        _ => NewsWriter.Capitalise($"{words.Pick("noun", rng)} {words.Pick("noun", rng)}"),
    };

    private static Author NewAuthor(string name, List<string> sections, Vocabulary words, Rng rng)
    {
        var first = name.Split(' ')[0];
        var place = words.Pick("place", rng);
        return new Author
        {
            Name = name,
            Slug = Slugs.Slugify(name),
            JobTitle = rng.Pick(JobTitles),
            Bio = $"{name} covers {words.Pick("beat", rng)} for the {rng.Pick(sections)} desk from {place}. " +
                $"{first} joined in {rng.Between(2005, 2024)} after {rng.Between(2, 15)} years at the {words.Pick("place", rng)} bureau of a wire agency, " +
                $"and writes about {words.Pick("noun", rng)}, {words.Pick("noun", rng)} and {words.Pick("people", rng)}.",
        };
    }

    // count names whose slugs differ, made by next(i); gives up politely if the lists run dry.
    private static List<string> Distinct(int count, Func<int, string> next)
    {
        var names = new List<string>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; names.Count < count && i < count * 50; i++)
        {
            var name = next(i);
            var slug = Slugs.Slugify(name);
            if (slug.Length > 0 && slugs.Add(slug))
            {
                names.Add(name);
            }
        }

        return names;
    }
}

// An author or a tag as the generator needs it: the row's id and the name search indexes.
public sealed record Named(int Id, string Name);
