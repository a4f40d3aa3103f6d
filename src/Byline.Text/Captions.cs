using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Picture furniture: a credit line ("Photo: Reuters", "(Photo by Kazuhiro Nogi/AFP)", "© Reuters")
/// and a caption that ends in its credit ("Rubio in Kuala Lumpur. (Photo: AFP)", "... October 27,
/// 2025. REUTERS/Eloisa Lopez", "... officials. Photo: Reuters/Lisa Marie David").
/// </summary>
internal static partial class Captions
{
    public static bool IsCredit(string line) => Credit().IsMatch(line);

    // Every credit form fits in the line's last 160 characters; a long line is searched no further.
    public static bool IsCaption(string line) => EndsInCredit().IsMatch(line.Length <= 160 ? line : line[^160..]);

    [GeneratedRegex(@"^\(?\s*(photo|photos|photograph|image|images|picture|pic|file\s+photo|file\s+image|graphic|video|illustration)(\s+(credit|courtesy|source))?\s*(:|by\b|/|\||–|—|-\s|credit\b|courtesy\b)|^\((photo|image|picture|file\s+photo|representational|representative)\b[^)]*\)$|^(credit|courtesy|photo\s+courtesy)\s*:|^©", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // The credit closes the caption: in brackets, after a pipe, or after the caption's last full stop.
    // The agency in capitals before a slash ("REUTERS/", "AFP/") is how wire pictures are signed.
    [GeneratedRegex(
        @"(\((photo|image|picture|pic|file\s+photo|file\s+image|representational\s+image)\b[^)]*\)"
        + @"|\([^()]{0,40}\b(photo|image|picture)s?\s*/[^()]{1,60}\)"
        + @"|\|\s*(photo|image|picture)\s*(credit)?\s*:[^.]{1,80}"
        + @"|[.!?”""]\s+(photo|image|picture|pic)s?\s*(credit)?\s*:\s*[^.]{1,80}"
        + @"|[.!?”""]\s+(?-i:\p{Lu}{2,}(\s\p{Lu}{2,})?/\s?\p{Lu}[\p{L}\p{M}.'’\-/ ]{1,60})"
        + @"|\b(getty\s+images|shutterstock))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsInCredit();
}
