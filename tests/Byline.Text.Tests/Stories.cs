namespace Byline.Text.Tests;

/// <summary>Small stories for focused tests: a headline, then the given blocks, blank lines between.</summary>
internal static class Stories
{
    public const string Headline = "Monsoon rains lash Mumbai as schools close";

    public const string Lead = "Heavy rain flooded low-lying parts of Mumbai on Tuesday, disrupting trains and forcing schools to close, officials said.";

    public const string Second = "The weather office warned of more rain over the next 48 hours.";

    public static ParsedStory Parse(params string[] blocks) =>
        StoryTextParser.Parse(string.Join("\n\n", [Headline, .. blocks]));

    /// <summary>The given lines placed above the body, as a byline or a date would be.</summary>
    public static ParsedStory WithTop(params string[] top) => Parse([.. top, Lead, Second]);

    /// <summary>The given lines placed after the body, as an author box or a footer would be.</summary>
    public static ParsedStory WithFoot(params string[] foot) => Parse([Lead, Second, .. foot]);
}
