namespace Byline.Text;

/// <summary>
/// Counting words the way the rest of the parser does (one space between words, after
/// <see cref="StoryLines"/> has tidied them), without splitting: a pasted megabyte on one line must
/// not be cut into half a million strings each time a rule asks whether a line is short.
/// </summary>
internal static class Words
{
    /// <summary>True when <paramref name="text"/> has at most <paramref name="most"/> words.</summary>
    public static bool AtMost(string text, int most)
    {
        var spaces = 0;
        foreach (var c in text)
        {
            if (c == ' ' && ++spaces >= most)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first <paramref name="count"/> words; the last one holds the rest of the text.</summary>
    public static string[] First(string text, int count) => text.Split(' ', count);
}
