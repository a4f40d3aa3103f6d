namespace Byline.Text;

/// <summary>
/// Decides whether the line under the headline is a dek (standfirst). Conservative, because a
/// wrong guess takes the story's first paragraph away: the candidate must be the block right after
/// the headline, set off by a blank line, a single line of at most 40 words, no dateline or bare
/// name, and followed by body text. Then it is a dek when it does not end like a sentence, or when
/// a byline, a date or the datelined first paragraph comes between it and the body.
/// </summary>
internal static class Deks
{
    private const int MaxWords = 40;

    public static bool IsDek(IReadOnlyList<StoryBlock> blocks, int index)
    {
        var candidate = blocks[index];
        if (!candidate.AfterBlank || candidate.LineCount != 1 || !Words.AtMost(candidate.Text, MaxWords)
            || DatelineParser.Split(candidate.Text) is not null || AuthorNames.FromLine(candidate.Text) is not null)
        {
            return false;
        }

        var next = index + 1;
        while (next < blocks.Count && blocks[next].Kind == BlockKind.Slot)
        {
            next++;
        }

        if (!HasBodyAfter(blocks, next))
        {
            return false;
        }

        return !EndsSentence(candidate.Text)
            || blocks[next].Kind is BlockKind.Byline or BlockKind.Date
            || (blocks[next].Kind == BlockKind.Text && DatelineParser.Split(blocks[next].Text) is not null);
    }

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', ']', '»', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ';';
    }

    private static bool HasBodyAfter(IReadOnlyList<StoryBlock> blocks, int start)
    {
        for (var i = start; i < blocks.Count; i++)
        {
            switch (blocks[i].Kind)
            {
                case BlockKind.Text:
                    return true;
                case BlockKind.AuthorBox or BlockKind.Rail or BlockKind.Footer:
                    return false;
            }
        }

        return false;
    }
}
