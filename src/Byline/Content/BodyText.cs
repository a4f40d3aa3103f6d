using System.Net;
using System.Text.RegularExpressions;

namespace Byline.Content;

// Derived text Ghost serves beside the HTML: plaintext (formats=plaintext), the automatic excerpt
// (the first 500 characters of it) and reading_time, counted as @tryghost/helpers counts it:
// 275 words a minute, 12 seconds for the first image, one less for each next down to 3, the
// feature image counting as one, rounded to the nearest minute.
public static partial class BodyText
{
    public const int ExcerptLength = 500;

    public static string PlainText(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    public static string Excerpt(string plainText) =>
        plainText.Length <= ExcerptLength ? plainText : plainText[..ExcerptLength];

    // A page's meta description when its author wrote none: the opening words, cut at a word.
    public static string Description(string html, int maxLength = 160) => Shorten(PlainText(html).Replace('\n', ' '), maxLength);

    // Text cut at a word within maxLength, with an ellipsis when it was cut.
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    public static int ReadingMinutes(string html, bool hasFeatureImage)
    {
        var images = ImageTag().Count(html) + (hasFeatureImage ? 1 : 0);
        var words = 0;
        foreach (Match word in Word().Matches(Tag().Replace(html, " ")))
        {
            words += word.Value[0] >= '\u4e00' ? word.Length : 1;
        }

        var seconds = words / (275 / 60.0);
        for (var i = 12; i > 12 - images; i--)
        {
            seconds += Math.Max(i, 3);
        }

        return (int)Math.Floor((seconds / 60) + 0.5);
    }

    [GeneratedRegex(@"</(p|h[1-6]|li|blockquote|pre|figcaption|tr|div)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<img[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[a-zA-ZÀ-ÿ0-9_\u0392-\u03c9\u0410-\u04F9]+|[\u4E00-\u9FFF\u3400-\u4dbf\uf900-\ufaff\u3040-\u309f\uac00-\ud7af]+")]
    private static partial Regex Word();
}
