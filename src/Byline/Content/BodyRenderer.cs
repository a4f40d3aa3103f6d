using System.Net;
using Ganss.Xss;
using Markdig;

namespace Byline.Content;

// Turns what a contributor typed (Markdown, with HTML allowed) into HTML that is safe to show a
// reader. Runs once, at save; pages only ever print the stored result.
public static class BodyRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseFigures()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Render(string markdown, string? dateline = null)
    {
        var html = Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));
        return string.IsNullOrWhiteSpace(dateline) ? html : PrependDateline(html, dateline.Trim());
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    // The dateline opens the first paragraph, as in print: "KUALA LUMPUR: U.S. Secretary ...".
    private static string PrependDateline(string html, string dateline)
    {
        var span = $"<span class=\"origin\">{WebUtility.HtmlEncode(dateline)}:</span> ";
        return html.StartsWith("<p>", StringComparison.Ordinal)
            ? "<p>" + span + html[3..]
            : $"<p class=\"origin-only\">{span.TrimEnd()}</p>\n{html}";
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("option");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedAttributes.Add("decoding");
        // Links a contributor adds cannot reach back into the reader's tab.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.GetAttribute("href") is { } href &&
                (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
