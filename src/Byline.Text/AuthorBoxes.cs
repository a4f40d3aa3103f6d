using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// The box about the reporter that closes many stories: a heading ("Written By", "About the
/// author"), then a name line and a bio, or a bio that opens with the name.
/// </summary>
internal static partial class AuthorBoxes
{
    private static readonly HashSet<string> _headings = new(StringComparer.OrdinalIgnoreCase)
    {
        "written by", "about the author", "about the writer", "about the reporter", "about author",
        "about the authors", "author", "authors", "author bio", "author profile", "the author",
        "posted by", "reported by", "story by", "words by", "by",
    };

    public static bool IsHeading(string line) => _headings.Contains(line.Trim().TrimEnd(':', ' ', '-', '–', '—'));

    /// <summary>The bio written on the heading's own line: "About the author: Jane Doe covers ...".</summary>
    public static string? InlineBio(string line)
    {
        var match = HeadingWithText().Match(line);
        return match.Success ? match.Groups["bio"].Value : null;
    }

    /// <summary>A bio set as a paragraph: "John Smith is a professor of ...", "John Smith writes on ...".</summary>
    public static bool IsBioOf(string text, string name) =>
        text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && BioVerb().IsMatch(text[(name.Length + 1)..]);

    /// <summary>The op-ed's note on its one writer: "The writer is a former ambassador to ...".</summary>
    public static bool IsWriterNote(string text) => WriterNote().IsMatch(text.TrimStart('(', '*', '_', ' '));

    [GeneratedRegex(@"^(?:is|was|writes|covers|teaches|heads|leads|served|reports|works|has\s+(?:been|written|covered|reported|worked))\b", RegexOptions.CultureInvariant)]
    private static partial Regex BioVerb();

    [GeneratedRegex(@"^the\s+(?:writer|author|columnist|contributor)\s+(?:is|was|teaches|heads|leads|served)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriterNote();

    [GeneratedRegex(@"^(?:about\s+the\s+(?:author|writer|reporter)|author\s+bio)\s*[:\-–—]\s*(?<bio>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWithText();
}
