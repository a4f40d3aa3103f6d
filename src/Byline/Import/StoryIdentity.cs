using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Byline.Import;

// What makes an imported story the same story next time, so importing it again updates it while a
// different story under the same headline (the daily letters page, the weather, a briefing) is
// kept beside it. A Markdown file that names itself (`id`, or `slug`) is known by that name;
// any other file by its headline and stated publication time together or, when it states no time,
// by its headline and file name. The body is left out on purpose: correcting a story and
// importing it again is an update, not a second story.
public static class StoryIdentity
{
    public static string ForText(string headline, DateTime? statedTime, string file) =>
        "text:" + Hash(headline, statedTime, file);

    public static string ForMarkdown(string? id, string? slug, string headline, DateTime? statedTime, string file) =>
        "md:" + (Named(id) ?? Named(slug) ?? Hash(headline, statedTime, file));

    private static string? Named(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Hash(string headline, DateTime? statedTime, string file)
    {
        var headlineWords = string.Join(' ', headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // Readers hand over UTC times.
        var when = statedTime is { } t
            ? t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            : "file:" + Path.GetFileName(file);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(headlineWords + "\n" + when)))[..32];
    }
}
