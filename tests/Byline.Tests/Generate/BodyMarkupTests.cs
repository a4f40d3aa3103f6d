using System.Diagnostics;
using Byline.Content;
using Byline.Generate;
using Xunit.Abstractions;

namespace Byline.Tests.Generate;

// The generator builds body HTML directly instead of through Markdig and HtmlSanitizer; that is
// only allowed because the result is byte for byte what BodyRenderer makes. Timings are printed
// for the record (the reason for the shortcut), not asserted.
public sealed class BodyMarkupTests(ITestOutputHelper output)
{
    [Fact]
    public void ThousandsOfGeneratedBodiesAreByteIdenticalToWhatBodyRendererMakes()
    {
        var words = Vocabulary.Default;
        var masthead = new Masthead([new Named(1, "Desk")], [1], [new Named(1, "Tag")]);
        var maker = new StoryMaker(new GenerateOptions(3_000, Seed: 99), masthead, words, DateTime.UtcNow.Date);
        var stories = Enumerable.Range(0, 3_000).Select(i => maker.Make(i, i + 1)).ToList();

        var clock = Stopwatch.StartNew();
        var rendered = stories.ConvertAll(s => BodyRenderer.Render(s.BodyMarkdown, s.Dateline));
        output.WriteLine($"BodyRenderer: {clock.Elapsed.TotalMilliseconds / stories.Count:F3} ms a body; the generator builds them as it writes them");

        Assert.Contains(stories, s => s.Dateline is null);
        Assert.All(stories.Zip(rendered), pair => Assert.Equal(pair.Second, pair.First.BodyHtml));
    }

    [Fact]
    public void EveryPlaceInTheWordListIsADatelineRenderedAsBodyRendererRendersIt()
    {
        var paragraphs = new[] { "First paragraph, with a comma.", "Second one’s “quoted” words." };

        Assert.All(Vocabulary.Default["place"], place =>
            Assert.Equal(BodyRenderer.Render(BodyMarkup.Markdown(paragraphs), place), BodyMarkup.Html(paragraphs, place)));
    }
}
