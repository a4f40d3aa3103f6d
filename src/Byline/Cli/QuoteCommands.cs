using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Byline.Import;
using Byline.Text;
using Byline.Text.Analysis;
using Byline.Text.Analysis.Quotes;

namespace Byline.Cli;

// `byline quotes FILE`: the direct quotes of one story with their speakers, as JSON, with no
// database; `--evaluate DIR` scores the finder against hand-labelled stories.
public static partial class QuoteCommands
{
    private static readonly string[] StoryExtensions = [".txt", ".md"];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A story: plain text copied from a web page (.txt) or Markdown with front matter (.md).", Arity = ArgumentArity.ZeroOrOne };
        var evaluate = new Option<string?>("--evaluate") { Description = "Score the finder against every NAME.txt/NAME.md with hand labels in NAME.json under this folder." };
        var verbose = new Option<bool>("--verbose") { Description = "With --evaluate: list every miss, wrong speaker and extra quote." };
        var command = new Command("quotes", """
            Print the direct quotes of a story as a JSON array, in reading order, one object per span that an
            opening double quotation mark begins: {"text": the quoted words, "speaker": the canonical name of
            who said them (honorifics dropped) or null when the story does not say, "mention": the words that
            named the speaker ("he", "Mr Blair", "a Home Office spokesman"), "paragraph": where the quote
            stands (0 is the headline, then the dek when there is one, then the body's paragraphs), "cue": the
            reporting verb, "fragment": true for one to three words, "continues": true when it carries on the
            quote before it}. Titles, nicknames, terms and scare quotes in double marks are left out; single
            quotation marks are never quotes. A missing, empty, binary or headless file exits with code 1.
            """) { file, evaluate, verbose };
        command.SetAction(parse => parse.GetValue(evaluate) is { } folder ? Evaluate(folder, parse.GetValue(verbose)) : Print(parse.GetValue(file)));
        return command;
    }

    private static int Print(string? file)
    {
        if (file is null)
        {
            Console.Error.WriteLine("byline quotes: name a story file (see --help)");
            return 1;
        }

        try
        {
            var quotes = QuoteFinder.Find(Read(file));
            Console.WriteLine(JsonSerializer.Serialize(quotes.Select(q => new
            {
                text = q.Text,
                speaker = q.Speaker,
                mention = q.Mention,
                paragraph = q.Paragraph,
                cue = q.Cue,
                fragment = q.IsFragment,
                continues = q.Continues,
            }), Json));
            return 0;
        }
        catch (ImportException ex)
        {
            Console.Error.WriteLine($"byline quotes: {file}: {ex.Message}");
            return 1;
        }
    }

    // The story as the analysis reads it, from the same readers `import` uses.
    public static StoryText Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new ImportException("there is no such file");
        }

        // The same checks as `import`: empty, oversized, binary and non-UTF-8 files are refused.
        var text = Importer.Decode(Importer.ReadBoundedAsync(file, Importer.MaxStoryFileBytes, CancellationToken.None).GetAwaiter().GetResult());
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".md" or ".markdown")
        {
            var front = FrontMatter.Parse(text);
            var title = front.Text("title") ?? throw new ImportException("the front matter has no title");
            var body = Regex.Split(front.Body, @"\n\s*\n").Select(PlainMarkdown).Where(p => p.Length > 0);
            return StoryText.From(title.Trim(), front.Text("dek"), body);
        }

        try
        {
            var story = StoryTextParser.Parse(text);
            return StoryText.From(story.Headline, story.Dek, story.Paragraphs, dateline: story.Dateline?.Place);
        }
        catch (StoryTextException ex)
        {
            throw new ImportException(ex.Message, ex);
        }
    }

    private static string PlainMarkdown(string block)
    {
        var text = MarkdownLink().Replace(block.Trim(), "$1");
        text = MarkdownMarks().Replace(text, "");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        return string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?m)^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)")]
    private static partial Regex MarkdownMarks();

    private static int Evaluate(string folder, bool verbose)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"byline quotes: there is no folder at {folder}");
            return 1;
        }

        var scores = new List<QuoteScore>();
        foreach (var labels in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var story = StoryExtensions.Select(e => Path.ChangeExtension(labels, e)).FirstOrDefault(File.Exists);
            if (story is null)
            {
                continue;
            }

            var json = File.ReadAllText(labels);
            using var document = JsonDocument.Parse(json);
            var style = document.RootElement.TryGetProperty("style", out var s) ? s.GetString()! : Path.GetFileName(Path.GetDirectoryName(labels)!);
            scores.Add(QuoteEvaluation.Score(Path.GetRelativePath(folder, story), style, QuoteFinder.Find(Read(story)), json));
        }

        Console.WriteLine($"{"style",-10} {"stories",7} {"labelled",8} {"found",6} {"span P",7} {"span R",7} {"pair P",7} {"pair R",7}");
        foreach (var group in scores.GroupBy(s => s.Style).OrderBy(g => g.Key, StringComparer.Ordinal).Append(scores.GroupBy(_ => "all").Single()))
        {
            var sum = QuoteScore.Sum(group.Key, group);
            Console.WriteLine($"{group.Key,-10} {group.Count(),7} {sum.Labelled,8} {sum.Found,6} {sum.SpanPrecision,7:0.000} {sum.SpanRecall,7:0.000} {sum.PairPrecision,7:0.000} {sum.PairRecall,7:0.000}");
        }

        if (verbose)
        {
            scores.SelectMany(s => s.Misses).ToList().ForEach(Console.WriteLine);
        }

        return 0;
    }
}
