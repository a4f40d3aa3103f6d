namespace Byline.Text.Tests;

/// <summary>
/// Each Corpus/&lt;name&gt;.txt parses to exactly Corpus/&lt;name&gt;.expected.json.
/// Set BYLINE_UPDATE_GOLDEN=1 to rewrite the expected files, then read every diff before keeping it.
/// </summary>
public sealed class GoldenStoryTests
{
    public static TheoryData<string> Stories() => [.. Corpus.StoryNames()];

    [Theory]
    [MemberData(nameof(Stories))]
    public void StoryParsesToItsExpectedFile(string name)
    {
        var actual = Corpus.Serialize(StoryTextParser.Parse(Corpus.ReadStory(name)));
        var expectedFile = name + ".expected.json";

        if (Corpus.Updating)
        {
            File.WriteAllText(Path.Combine(Corpus.SourceFolder(), expectedFile), actual);
            return;
        }

        var expectedPath = Path.Combine(Corpus.Folder, expectedFile);
        Assert.True(File.Exists(expectedPath), $"{expectedFile} is missing; run with BYLINE_UPDATE_GOLDEN=1 and check it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void CorpusHoldsEnoughVariedStories() => Assert.True(Corpus.StoryNames().Count() >= 12);
}
