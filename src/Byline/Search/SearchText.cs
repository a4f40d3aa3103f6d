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

            // A tag separates words: "<p>one</p><p>two</p>" is "one two", not "onetwo".
            text.Append(' ');
            char? quote = null;
            for (i++; i < html.Length; i++)
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

    // One line of text with single spaces and no highlight sentinels or control characters.
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
            else if (c is not (MatchStart or MatchEnd))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().TrimEnd();
    }
}
