using System.Net;
using System.Text;

namespace Byline.Search;

// Turns a stored body (sanitized HTML) into the plain text that is indexed and that snippets are
// cut from. The sanitizer's output is well-formed and quotes every attribute value, so a scanner
// that skips tags and honours quotes is enough; entities are decoded afterwards, so "&lt;script&gt;"
// in a story becomes the text "<script>", which Highlights encodes again when it is shown.
public static class SearchText
{
    // Private-use characters that mark a match's start and end in what the database returns. They
    // are taken out of every indexed text, so a story cannot forge a highlight.
    public const char MatchStart = '\uE000';
    public const char MatchEnd = '\uE001';

    // PostgreSQL's text parser takes "<script>" in plain text for a tag and leaves it out of a
    // headline, so '<' goes to ts_headline as this character and Highlights turns it back.
    public const char LessThan = '\uE002';

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            // A block tag separates words ("<p>one</p><p>two</p>" is "one two"); an inline one does
            // not ("snicker<em>snack</em>" is one word).
            var nameStart = i + (i + 1 < html.Length && html[i + 1] == '/' ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (!Inline.Contains(html[nameStart..nameEnd]))
            {
                text.Append(' ');
            }

            char? quote = null;
            for (i = nameEnd; i < html.Length; i++)
            {
                var t = html[i];
                if (quote is not null)
                {
                    quote = t == quote ? null : quote;
                }
                else if (t is '"' or '\'')
                {
                    quote = t;
                }
                else if (t == '>')
                {
                    i++;
                    break;
                }
            }
        }

        return Clean(WebUtility.HtmlDecode(text.ToString()));
    }

    // One line of text with single spaces and none of the sentinels above or control characters.
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }
            }
            else if (c is not (MatchStart or MatchEnd or LessThan))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().TrimEnd();
    }
}
