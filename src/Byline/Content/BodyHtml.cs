namespace Byline.Content;

// Cuts a sanitized body after its Nth top-level paragraph, so an in-story ad can sit between
// paragraphs without parsing the HTML on every request. The sanitizer's output is well-formed, so a
// count of nesting depth over the tags is enough.
public static class BodyHtml
{
    private static readonly string[] Containers = ["blockquote", "ul", "ol", "table", "figure", "div", "aside", "details", "section", "li"];

    public static (string Before, string After) SplitAfterParagraph(string html, int paragraph)
    {
        if (paragraph <= 0)
        {
            return ("", html);
        }

        int depth = 0, seen = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            if (Array.IndexOf(Containers, name) >= 0)
            {
                depth += closing ? -1 : 1;
            }
            else if (closing && name == "p" && depth == 0 && ++seen == paragraph)
            {
                return (html[..(tagEnd + 1)], html[(tagEnd + 1)..]);
            }

            i = tagEnd + 1;
        }

        return (html, "");
    }
}
