using System.Net;

namespace Byline.Generate;

// A generated body as the newsroom would have typed it (paragraphs of Markdown) and as
// BodyRenderer would render it. Rendering 100,000 bodies through Markdig and HtmlSanitizer takes
// minutes; these paragraphs are plain text (Vocabulary.IsPlain: no Markdown or HTML syntax), for
// which the renderer's output is exactly <p>text</p> lines, so the HTML is built directly.
// GenerateTests proves the two byte-identical on a sample of generated stories.
public static class BodyMarkup
{
    public static string Markdown(IReadOnlyList<string> paragraphs) => string.Join("\n\n", paragraphs);

    public static string Html(IReadOnlyList<string> paragraphs, string? dateline)
    {
        var length = paragraphs.Sum(p => p.Length + 8) + (dateline?.Length ?? 0) + 40;
        var html = new System.Text.StringBuilder(length);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            html.Append(i == 0 ? "<p>" : "\n<p>");
            if (i == 0 && !string.IsNullOrWhiteSpace(dateline))
            {
                // The same markup and encoding as BodyRenderer.PrependDateline.
                html.Append("<span class=\"origin\">").Append(WebUtility.HtmlEncode(dateline.Trim())).Append(":</span> ");
            }

            html.Append(paragraphs[i]).Append("</p>");
        }

        return html.ToString();
    }
}
