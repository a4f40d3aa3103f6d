namespace Byline.Text;

/// <summary>
/// Reads the plain text of a news story copied from a web page: headline, dek, byline, date,
/// dateline, body paragraphs, tags and author boxes, leaving out the page's furniture
/// (ads, share rows, rails of other headlines, the footer).
/// </summary>
public static class StoryTextParser
{
    private const int MaxHeadlineLength = 250;

    /// <summary>Parses a story; throws <see cref="StoryTextException"/> when the text cannot be one.</summary>
    public static ParsedStory Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = StoryBlocks.Split(StoryLines.Read(text));
        var draft = ReadHeadline(blocks, out var next);
        next = ReadTopMatter(blocks, next, draft);
        next = ReadBody(blocks, next, draft);
        StoryTail.Read(blocks, next, draft);
        return draft.Build();
    }

    // The headline is the first line of text of three words or more: shorter lines above it are the
    // site's navigation ("Home", "World"). Bylines, dates and furniture above it are read or skipped.
    private static StoryDraft ReadHeadline(IReadOnlyList<StoryBlock> blocks, out int next)
    {
        var bylines = new List<string>();
        var dates = new List<string>();
        var lastText = blocks.Count - 1;
        while (lastText >= 0 && blocks[lastText].Kind != BlockKind.Text)
        {
            lastText--;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Byline)
            {
                bylines.Add(block.Text);
            }
            else if (block.Kind == BlockKind.Date)
            {
                dates.Add(block.Text);
            }
            else if (block.Kind == BlockKind.Text && (!Words.AtMost(block.Text, 2) || i == lastText))
            {
                if (block.Text.Length > MaxHeadlineLength)
                {
                    throw new StoryTextException(
                        $"The text has no headline: it opens with a paragraph of {block.Text.Length} characters. Put the headline on the first line.");
                }

                var draft = new StoryDraft(block.Text);
                bylines.ForEach(draft.AddByline);
                dates.ForEach(d => draft.NoteDate(PublicationDates.ReadLine(d), nearTop: true));
                next = i + 1;
                return draft;
            }
        }

        throw new StoryTextException("The text has no headline: it holds only page furniture or metadata lines.");
    }

    private static int ReadTopMatter(IReadOnlyList<StoryBlock> blocks, int start, StoryDraft draft)
    {
        var i = start;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Text when i == start && Deks.IsDek(blocks, i):
                    draft.Dek = block.Text;
                    break;
                case BlockKind.Text when draft.TakeBio(block.Text):
                    break; // the op-ed's "John Smith is a professor of ..." under its byline
                case BlockKind.Text or BlockKind.Rail:
                    return i; // a rail heading here means the page has no story under its headline
                case BlockKind.AuthorBox when i + 1 < blocks.Count && AuthorNames.FromLine(blocks[i + 1].Text) is { } name:
                    draft.AddAuthor(name); // "Written By" over a name, under the headline
                    i++;
                    break;
                default:
                    ReadMetadata(block, draft, nearTop: true);
                    break;
            }
        }

        return i;
    }

    private static int ReadBody(IReadOnlyList<StoryBlock> blocks, int start, StoryDraft draft)
    {
        string? signedBy = null;
        var signedOff = false; // after "Reporting by ...; Editing by ..." only links and buttons are left
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            signedOff |= block.Kind == BlockKind.WireCredit || (block.Kind == BlockKind.Slot && PageChrome.IsSignOff(block.Text));
            switch (block.Kind)
            {
                case BlockKind.Text when signedOff && Words.AtMost(block.Text, 10) && !Deks.EndsSentence(block.Text):
                    break;
                case BlockKind.Text when signedBy is not null && AuthorNames.FromBio(block.Text) is { } name
                    && string.Equals(name, signedBy, StringComparison.OrdinalIgnoreCase):
                    draft.AddAuthor(name, block.Text); // "Written by X" then X's bio: the author box, body over
                    return i + 1;
                case BlockKind.Text:
                    draft.AddParagraph(block.Text);
                    break;
                case BlockKind.Byline:
                    draft.AddByline(block.Text);
                    signedBy = Bylines.Read(block.Text)?.Names is [var only] ? only : null;
                    continue;
                case BlockKind.AuthorBox or BlockKind.Rail or BlockKind.Footer:
                    return i;
                default:
                    ReadMetadata(block, draft, nearTop: false);
                    break;
            }

            signedBy = null;
        }

        return blocks.Count;
    }

    private static void ReadMetadata(StoryBlock block, StoryDraft draft, bool nearTop)
    {
        switch (block.Kind)
        {
            case BlockKind.Byline:
                draft.AddByline(block.Text);
                break;
            case BlockKind.Date:
                draft.NoteDate(PublicationDates.ReadLine(block.Text), nearTop);
                break;
            case BlockKind.Tags:
                draft.AddTags(block.Text);
                break;
            case BlockKind.WireCredit:
                draft.AddWireCredit(block.Text);
                break;
        }
    }
}
