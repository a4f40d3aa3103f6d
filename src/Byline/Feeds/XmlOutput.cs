using System.Globalization;
using System.Text;
using System.Xml;

namespace Byline.Feeds;

// Feeds and sitemaps are written whole into memory (their size is bounded: 20 items, 50,000 URLs)
// so that their ETag can be the hash of the exact bytes sent.
public static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static async Task<byte[]> WriteAsync(Func<XmlWriter, Task> write)
    {
        using var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, Settings))
        {
            await writer.WriteStartDocumentAsync();
            await write(writer);
            await writer.WriteEndDocumentAsync();
        }

        return stream.ToArray();
    }

    // RFC 3339 in UTC, as Atom, sitemaps and JSON Feed want it.
    public static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // RFC 822, as RSS 2.0 wants it.
    public static string Rfc822(DateTime utc) => utc.ToString("r", CultureInfo.InvariantCulture);
}
