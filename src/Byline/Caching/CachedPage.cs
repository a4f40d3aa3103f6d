using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Byline.Caching;

// One cached response: its status, the headers the endpoint set, and its body, with the gzip and
// Brotli versions made once, the first time a client asks for them, and kept beside it. Each
// representation has its own strong ETag.
public sealed class CachedPage
{
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ContentEncoding, HeaderNames.ETag, HeaderNames.Vary, HeaderNames.Date,
        HeaderNames.Server, HeaderNames.SetCookie, HeaderNames.TransferEncoding, HeaderNames.Connection,
    };

    private readonly KeyValuePair<string, StringValues>[] _headers;
    private readonly StringValues _vary;

    // Made once: a hit sets headers from these and allocates nothing of its own.
    private readonly StringValues _etag;
    private readonly StringValues _etagGzip;
    private readonly StringValues _etagBrotli;
    private byte[]? _gzip;
    private byte[]? _brotli;

    public CachedPage(string key, int status, IHeaderDictionary headers, byte[] body, IReadOnlySet<string> tags, DateTime expires)
    {
        Key = key;
        Status = status;
        Body = body;
        Tags = tags;
        Expires = expires;
        _headers = headers.Where(h => !NotReplayed.Contains(h.Key)).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12));
        (_etag, _etagGzip, _etagBrotli) = ($"\"{hash}\"", $"\"{hash}-gzip\"", $"\"{hash}-br\"");
        _vary = new StringValues([.. headers.Vary.Where(v => v is not null).Select(v => v!), HeaderNames.AcceptEncoding]);
        var contentType = headers.ContentType.ToString();
        LastModified = headers.LastModified.ToString() is { Length: > 0 } modified ? modified : null;
        Compressible = body.Length > 256 && IsText(contentType);
    }

    public string Key { get; }
    public int Status { get; }
    public byte[] Body { get; }
    public IReadOnlySet<string> Tags { get; }
    public DateTime Expires { get; }
    public string? LastModified { get; }
    public bool Compressible { get; }
    public long LastUsed { get; set; }

    // Counted once, with room for the compressed copies made later, so the store's total never drifts.
    public long Size => (Body.Length * 2L) + 512;

    public Task WriteAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        var headers = response.Headers;
        foreach (var (name, value) in _headers)
        {
            headers[name] = value;
        }

        var (body, encoding) = Choose(request.Headers.AcceptEncoding);
        var etag = encoding is null ? _etag : encoding == Gzip ? _etagGzip : _etagBrotli;
        headers.ETag = etag;
        headers.Vary = _vary;
        if (request.Headers.IfNoneMatch.Count > 0 ? Matches(request.Headers.IfNoneMatch, etag.ToString()) : NotModifiedSince(request.Headers.IfModifiedSince))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.Remove(HeaderNames.ContentType);
            return Task.CompletedTask;
        }

        response.StatusCode = Status;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        return response.BodyWriter.WriteAsync(body).AsTask();
    }

    private const string Gzip = "gzip";
    private const string Brotli = "br";

    private bool NotModifiedSince(StringValues ifModifiedSince) =>
        LastModified is not null && ifModifiedSince.Count == 1 &&
        DateTimeOffset.TryParse(ifModifiedSince[0], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since) &&
        DateTimeOffset.TryParse(LastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var modified) &&
        modified <= since;

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is not null && (value.Contains(etag, StringComparison.Ordinal) || value.Trim() == "*"))
            {
                return true;
            }
        }

        return false;
    }

    private (byte[] Body, string? Encoding) Choose(StringValues acceptEncoding)
    {
        if (!Compressible || acceptEncoding.Count == 0)
        {
            return (Body, null);
        }

        var accepted = acceptEncoding.ToString();
        if (accepted.Contains(Brotli, StringComparison.Ordinal))
        {
            return (_brotli ??= Compress(Body, s => new BrotliStream(s, CompressionLevel.Optimal)), Brotli);
        }

        return accepted.Contains(Gzip, StringComparison.Ordinal)
            ? (_gzip ??= Compress(Body, s => new GZipStream(s, CompressionLevel.Optimal)), Gzip)
            : (Body, null);
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.Contains("json", StringComparison.Ordinal) ||
        contentType.Contains("xml", StringComparison.Ordinal) || contentType.Contains("javascript", StringComparison.Ordinal);
}
