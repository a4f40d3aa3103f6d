using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Byline.Search;

// A snippet arrives from the database as story text with matches between the private-use
// sentinels SearchText.MatchStart and MatchEnd. The text between sentinels is HTML-encoded piece by
// piece and only the sentinels become <mark> and </mark>, so no character of a story can become
// markup, whatever it says ("<script>", "<mark>", "&lt;").
public static class Highlights
{
    // Like the theme's encoder: what HTML needs encoded, and Nguyễn or São Paulo left as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet))
        {
            return "";
        }

        var html = new StringBuilder(snippet.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var c = i < snippet.Length ? snippet[i] : '\0';
            var end = i == snippet.Length;
            if (!end && c is not (SearchText.MatchStart or SearchText.MatchEnd))
            {
                continue;
            }

            html.Append(Encoder.Encode(snippet[start..i].Replace(SearchText.LessThan, '<')));
            start = i + 1;
            if (!end && c == SearchText.MatchStart && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if ((end || c == SearchText.MatchEnd) && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        return html.ToString();
    }
}
