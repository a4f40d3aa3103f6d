namespace Byline.Text;

/// <summary>
/// The last pass over the body, as a sub-editor would make it: a pull quote that repeats the text
/// (the page prints it again in large type) is cut, and so are the labels left at the very end of
/// the body ("Purchase Licensing Rights", "Most Read"), which are links, not paragraphs.
/// </summary>
internal static class SubEditor
{
    // Shorter repeats are too likely to be real: "He declined to comment." may well be said twice.
    private const int MinRepeatWords = 8;
    private const int MaxPullQuoteWords = 45;

    // A pull quote sits near the paragraph it repeats; looking further would cost time on huge inputs.
    private const int PullQuoteReach = 6;

    private static readonly HashSet<string> _smallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "to", "for", "in", "on", "at", "by", "with", "or", "&", "-", "–", "—", "|",
    };

    public static void Edit(List<string> paragraphs)
    {
        CutRepeats(paragraphs);
        while (paragraphs.Count > 1 && IsLabel(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    /// <summary>A short line in title case or capitals with no sentence punctuation: a link or a button.</summary>
    public static bool IsLabel(string text)
    {
        return Words.AtMost(text, 8) && !Deks.EndsSentence(text) && text.Any(char.IsUpper)
            && Array.TrueForAll(text.Split(' '), w => _smallWords.Contains(w) || w.Length == 0 || !char.IsLower(w[0]));
    }

    private static void CutRepeats(List<string> paragraphs)
    {
        var plain = paragraphs.ConvertAll(Plain);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keep = new bool[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var words = paragraphs[i].Split(' ').Length;
            keep[i] = words < MinRepeatWords
                || (seen.Add(plain[i]) && !(words <= MaxPullQuoteWords && RepeatsANeighbour(plain, i)));
        }

        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (!keep[i] && paragraphs.Count > 1)
            {
                paragraphs.RemoveAt(i);
            }
        }
    }

    // Wholly inside a longer paragraph close by: the pull quote, wherever the page put it.
    private static bool RepeatsANeighbour(List<string> plain, int index)
    {
        var from = Math.Max(0, index - PullQuoteReach);
        var to = Math.Min(plain.Count - 1, index + PullQuoteReach);
        for (var j = from; j <= to; j++)
        {
            if (j != index && plain[j].Length > plain[index].Length && plain[j].Contains(plain[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Quotes, dashes and case differ between a pull quote and its paragraph; the words do not.
    private static string Plain(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
            else if (plain.Length > 0 && plain[^1] != ' ')
            {
                plain.Append(' ');
            }
        }

        return " " + plain.ToString().Trim() + " "; // spaces at both ends, so only whole words match
    }
}
