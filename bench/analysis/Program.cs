// The time StoryAnalyzer takes on one story, as a save runs it: quotes, people, organisations and
// places. Each story under the folder is analysed many times after a warm-up; so is one story of
// about 800 words put together from the corpus's UK paragraphs, the size the target is set for.
//   dotnet run -c Release --project bench/analysis -- tests/corpus/quotes [runs]
using System.Diagnostics;
using System.Globalization;
using Byline.Text;
using Byline.Text.Analysis;

var folder = args.Length > 0 ? args[0] : "tests/corpus/quotes";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var stories = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .Select(f => (Name: Path.GetRelativePath(folder, f), Story: StoryTextParser.Parse(File.ReadAllText(f))))
    .Select(s => (s.Name, Text: StoryText.From(s.Story.Headline, s.Story.Dek, s.Story.Paragraphs, dateline: s.Story.Dateline?.Place)))
    .ToList();

var paragraphs = stories.Where(s => s.Name.StartsWith("uk", StringComparison.Ordinal)).SelectMany(s => s.Text.Paragraphs.Skip(1)).ToList();
var body = new List<string>();
foreach (var paragraph in paragraphs.TakeWhile(_ => body.Sum(Words) < 800))
{
    body.Add(paragraph);
}

stories.Add(($"composite ({body.Sum(Words)} words)", StoryText.From("Ministers face a busy week", null, body)));
Console.WriteLine($"{"story",-36} {"words",6} {"median ms",10} {"p90 ms",8}");
var medians = new List<double>();
foreach (var (name, text) in stories)
{
    for (var i = 0; i < 20; i++)
    {
        StoryAnalyzer.Analyze(text);
    }

    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        StoryAnalyzer.Analyze(text);
        times[i] = clock.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    medians.Add(times[runs / 2]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {text.Paragraphs.Sum(Words),6} {times[runs / 2],10:0.00} {times[runs * 9 / 10],8:0.00}"));
}

medians.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of the stories' medians: {medians[medians.Count / 2]:0.00} ms"));

static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
