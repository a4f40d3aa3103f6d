using Ganss.Xss;

namespace Byline.Newsroom.Desk;

// The one place an administrator puts third-party markup on reader pages. It is kept to what an
// ad needs to show and be clicked (images, links, simple text and layout) by an allow-list
// sanitizer at save, and the theme shows it in a sandboxed frame without scripts, so even markup
// that reached the database some other way (an import, an old row) cannot run. Ad-network script
// tags are refused: a publication that needs them serves them from its own ad domain.
public static class AdMarkup
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string? Sanitize(string? html) =>
        FormText.Clean(html) is { } clean ? Sanitizer.Sanitize(clean).Trim() is { Length: > 0 } safe ? safe : null : null;

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["a", "img", "picture", "source", "div", "span", "p", "br", "strong", "em", "b", "i", "small"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "src", "srcset", "media", "type", "alt", "title", "width", "height", "class", "style"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "srcset"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["width", "height", "max-width", "display", "margin", "padding", "color", "background-color", "font-size", "font-weight", "text-align", "border"], StringComparer.OrdinalIgnoreCase),
        });

        // A click leaves the frame for a new tab (the frame may open pop-ups, never navigate the page).
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("target", "_blank");
                link.SetAttribute("rel", "sponsored noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
