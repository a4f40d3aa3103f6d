using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Byline.Import;
using Byline.Text.Analysis;

namespace Byline.Cli;

// `byline entities FILE`: the people, organisations and places of one story, as JSON, with no
// database; `--evaluate DIR` scores the finder against the hand labels of the quote corpus.
public static class EntityCommands
{
    private static readonly string[] StoryExtensions = [".txt", ".md"];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A story: plain text copied from a web page (.txt) or Markdown with front matter (.md).", Arity = ArgumentArity.ZeroOrOne };
        var evaluate = new Option<string?>("--evaluate") { Description = "Score the finder against every NAME.txt/NAME.md whose NAME.json lists `entities` under this folder." };
        var verbose = new Option<bool>("--verbose") { Description = "With --evaluate: list every miss, extra entity and unmerged form." };
        var command = new Command("entities", """
            Print the people, organisations and places a story names as a JSON array, in order of first
            mention: {"name": the canonical name (the fullest form, honorifics dropped), "kind": person,
            organisation or place, "forms": the other forms merged into it ("Mr Blair", "the Tories"),
            "mentions": how many times the story names it, "paragraph": where it is first named (0 is the
            headline), "description": the title the story gives a person, "place": the gazetteer entry of a
            place}. A missing, empty, binary or headless file exits with code 1.
            """) { file, evaluate, verbose };
        command.SetAction(parse => parse.GetValue(evaluate) is { } folder ? Evaluate(folder, parse.GetValue(verbose)) : Print(parse.GetValue(file)));
        return command;
    }

    private static int Print(string? file)
    {
        if (file is null)
        {
            Console.Error.WriteLine("byline entities: name a story file (see --help)");
            return 1;
        }

        try
        {
            var entities = StoryAnalyzer.Analyze(QuoteCommands.Read(file)).Entities;
            Console.WriteLine(JsonSerializer.Serialize(entities.Select(e => new
            {
                name = e.Name,
                kind = e.Kind.ToString().ToLowerInvariant(),
                forms = e.Forms.Skip(1),
                mentions = e.Mentions,
                paragraph = e.FirstParagraph,
                description = e.Description,
                place = e.Place is { } p ? $"{p.Name}, {p.CountryCode} ({p.Kind}, GeoNames {p.GeoNameId})" : null,
            }), Json));
            return 0;
        }
        catch (ImportException ex)
        {
            Console.Error.WriteLine($"byline entities: {file}: {ex.Message}");
            return 1;
        }
    }

    private static int Evaluate(string folder, bool verbose)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"byline entities: there is no folder at {folder}");
            return 1;
        }

        var scores = new List<EntityScore>();
        foreach (var labels in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var story = StoryExtensions.Select(e => Path.ChangeExtension(labels, e)).FirstOrDefault(File.Exists);
            if (story is null)
            {
                continue;
            }

            var json = File.ReadAllText(labels);
            string style;
            try
            {
                using var document = JsonDocument.Parse(json);
                style = document.RootElement.TryGetProperty("style", out var s) ? s.GetString()! : Path.GetFileName(Path.GetDirectoryName(labels)!);
            }
            catch (JsonException ex)
            {
                Console.Error.WriteLine($"byline entities: {labels}: not JSON ({ex.Message})");
                return 1;
            }

            try
            {
                var found = StoryAnalyzer.Analyze(QuoteCommands.Read(story)).Entities;
                if (EntityEvaluation.Score(Path.GetRelativePath(folder, story), style, File.ReadAllText(story), found, json) is { } score)
                {
                    scores.Add(score);
                }
            }
            catch (ImportException ex)
            {
                Console.Error.WriteLine($"byline entities: {story}: {ex.Message}");
                return 1;
            }
        }

        if (scores.Count == 0)
        {
            Console.Error.WriteLine($"byline entities: no story under {folder} has entity labels");
            return 1;
        }

        Console.WriteLine($"{"style",-8} {"stories",7}  {"people P",8} {"R",5} {"n",4}  {"orgs P",6} {"R",5} {"n",4}  {"places P",8} {"R",5} {"n",4}  {"merged",9} {"wrong",5}");
        foreach (var group in scores.GroupBy(s => s.Style).OrderBy(g => g.Key, StringComparer.Ordinal).Append(scores.GroupBy(_ => "all").Single()))
        {
            var sum = EntityScore.Sum(group.Key, group);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-8} {group.Count(),7}  {Cells(sum.People, 8)}  {Cells(sum.Organisations, 6)}  {Cells(sum.Places, 8)}  {$"{sum.FormsMerged}/{sum.Forms}",9} {sum.WrongMerges,5}"));
        }

        if (verbose)
        {
            scores.SelectMany(s => s.Misses).ToList().ForEach(Console.WriteLine);
        }

        return 0;
    }

    private static string Cells(KindScore score, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Precision.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(width)} {score.Recall,5:0.00} {score.Labelled,4}");
}
