using System.Text.RegularExpressions;
using Byline.Import;

namespace Byline.Newsroom.Desk;

// A slug is part of a public address: lowercase a-z, digits, single hyphens between them. Left
// blank, one is made from the name. Sections and pages share the top level of the site with its
// fixed routes (/search, /tag/...), so those names are refused for them.
public static partial class SlugRule
{
    public const int MaxLength = 200;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    // The slug to save: the one typed, or one made from the name when none was.
    public static string From(string? typed, string name, string kind) =>
        FormText.Clean(typed) ?? StoryWriter.SlugFor(null, name, kind);

    public static string? Problem(string slug, string kind)
    {
        if (slug.Length > MaxLength)
        {
            return $"The slug is {slug.Length} characters long; at most {MaxLength} fit.";
        }

        if (!Shape().IsMatch(slug))
        {
            return $"The slug “{Shorten(slug)}” may hold only lowercase letters a-z, digits and single hyphens between them, like “world-news”.";
        }

        return kind is "section" or "page" && StoryWriter.ReservedPaths.Contains(slug)
            ? $"“{slug}” is one of the site's own addresses (/{slug}); choose another slug."
            : null;
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
