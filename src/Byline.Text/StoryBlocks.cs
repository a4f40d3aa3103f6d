using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>What a line or paragraph of pasted text is, before it is placed in the story.</summary>
internal enum BlockKind
{
    Text,
    Slot,
    Rail,
    Footer,
    AuthorBox,
    Byline,
    Date,
    Tags,
    WireCredit,
}

/// <summary>A paragraph of text, or one line of page furniture or metadata.</summary>
internal sealed record StoryBlock(string Text, BlockKind Kind, bool AfterBlank, int LineCount = 1);

/// <summary>
/// Cuts tidy lines into blocks. Blank lines end paragraphs. Lines without a blank between them are
/// joined with a space only when they look hard-wrapped, and are separate paragraphs otherwise,
/// because copying from a browser separates a page's elements with a single newline
/// ("Written By" / name / bio). Furniture and metadata lines ("Advertisement", "By Jane Doe",
/// "Tags: ...") always stand alone, so they never glue onto prose.
/// </summary>
internal static partial class StoryBlocks
{
    public const int WrapWidth = 100;

    // Nobody wraps prose narrower than this; shorter lines in a row are a list (share buttons, a rail).
    private const int NarrowestWrap = 40;

    public static IReadOnlyList<StoryBlock> Split(IReadOnlyList<string> lines)
    {
        var blocks = new List<StoryBlock>();
        var group = new List<string>();
        var afterBlank = false;

        void EndGroup()
        {
            if (group.Count > 0)
            {
                AddGroup(blocks, group, afterBlank);
                group.Clear();
                afterBlank = false;
            }
        }

        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                EndGroup();
                afterBlank = true;
                continue;
            }

            var kind = Classify(line);
            if (kind == BlockKind.Text)
            {
                group.Add(line);
                continue;
            }

            EndGroup();
            blocks.Add(new StoryBlock(line, kind, afterBlank));
            afterBlank = false;
        }

        EndGroup();
        return blocks;
    }

    public static BlockKind Classify(string line) =>
        TagsLine().IsMatch(line) ? BlockKind.Tags
        : WireCredits.Read(line) is not null ? BlockKind.WireCredit
        : AuthorBoxes.IsHeading(line) || AuthorBoxes.InlineBio(line) is not null ? BlockKind.AuthorBox
        : Bylines.Read(line) is not null ? BlockKind.Byline
        : PublicationDates.IsDateLine(line) ? BlockKind.Date
        : PageChrome.IsFooter(line) ? BlockKind.Footer
        : PageChrome.IsRailHeading(line) ? BlockKind.Rail
        : PageChrome.IsSlot(line) ? BlockKind.Slot
        : BlockKind.Text;

    public static IReadOnlyList<string> ReadTags(string line)
    {
        var list = TagsLine().Match(line).Groups["tags"].Value;
        var separators = list.IndexOfAny([',', '|', '•', '·', ';']) >= 0 ? new[] { ',', '|', '•', '·', ';' } : [' '];
        return [.. list.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.TrimStart('#').Trim())
            .Where(t => t.Length > 0)];
    }

    private static void AddGroup(List<StoryBlock> blocks, List<string> group, bool afterBlank)
    {
        if (HardWrapped(group))
        {
            blocks.Add(new StoryBlock(string.Join(' ', group), BlockKind.Text, afterBlank, group.Count));
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            blocks.Add(new StoryBlock(group[i], BlockKind.Text, afterBlank && i == 0));
        }
    }

    // Text wrapped at a fixed width breaks a line only when the next word would not fit, so every
    // line but the last, plus the next line's first word, overflows the widest line. A lone break
    // must also read as mid-sentence, or a headline over a dek would be glued together. Breaks that
    // all fall mid-sentence (a trailing comma, a lowercase next line) join at any width.
    private static bool HardWrapped(List<string> group)
    {
        var widest = group.Max(l => l.Length);
        var fits = true;
        var continued = 0;
        for (var i = 0; i < group.Count - 1; i++)
        {
            var line = group[i];
            var next = group[i + 1];
            if (line.Length > WrapWidth)
            {
                return false;
            }

            fits &= line.Length + 1 + next.Split(' ')[0].Length > widest;
            continued += char.IsLower(next[0]) || line[^1] is ',' or ';' or '-' or '—' or '–' or '(' ? 1 : 0;
        }

        return continued == group.Count - 1
            || (widest >= NarrowestWrap && fits && (continued > 0 || group.Count >= 3));
    }

    [GeneratedRegex(@"^(?:tags|tagged|tagged\s+with|topics|filed\s+under|keywords)\s*:\s*(?<tags>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagsLine();
}
