using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace Byline.Media;

public sealed record StoredImage(string Url, int Width, int Height, string ContentType, long Bytes, IReadOnlyList<MediaVariant> Variants);

// Takes an uploaded image and keeps a clean copy: the type is read from the bytes (never the name
// or the declared type), only JPEG, PNG, GIF and WebP pass, the picture is decoded and encoded
// again (which drops EXIF, IPTC, XMP, ICC, PNG text and GIF comments, GPS position included, and
// anything hidden after the image data), and the file gets a name the server makes up. SVG is refused: it is a document that
// can carry script, not a picture.
public sealed class MediaStore(IOptions<MediaOptions> options, IConfiguration configuration, TimeProvider time)
{
    public const string UrlPrefix = "/media/";
    private static readonly IImageFormat[] Allowed = [JpegFormat.Instance, PngFormat.Instance, GifFormat.Instance, WebpFormat.Instance];

    public string Root => Path.GetFullPath(options.Value.Path ?? Path.Combine(configuration["Byline:DataPath"] ?? "data", "media"));

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<StoredImage> SaveImageAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await CopyBoundedAsync(upload, buffer, options.Value.MaxUploadBytes, cancellationToken);
        buffer.Position = 0;

        IImageFormat? format;
        try
        {
            format = await Image.DetectFormatAsync(buffer, cancellationToken);
        }
        catch (UnknownImageFormatException)
        {
            format = null;
        }

        if (format is null)
        {
            throw new MediaException(LooksLikeSvg(buffer)
                ? "SVG files are not accepted: an SVG is a document that can carry script; export it as PNG or WebP"
                : "the file is not a JPEG, PNG, GIF or WebP image");
        }

        if (!Allowed.Contains(format))
        {
            throw new MediaException($"{format.Name} images are not accepted; upload JPEG, PNG, GIF or WebP");
        }

        buffer.Position = 0;
        var info = await ReadAsync(() => Image.IdentifyAsync(buffer, cancellationToken)) ?? throw Damaged(null);
        if ((long)info.Width * info.Height > options.Value.MaxPixels)
        {
            throw new MediaException($"the image is {info.Width}×{info.Height} pixels; at most {options.Value.MaxPixels:N0} pixels are accepted");
        }

        buffer.Position = 0;
        using var image = await ReadAsync(() => Image.LoadAsync(buffer, cancellationToken));
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        image.Metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var folder = Path.Combine(now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture));
        var stem = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var name = stem + "." + format.FileExtensions.First();
        var directory = Path.Combine(Root, folder);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var urlFolder = $"{UrlPrefix}{folder.Replace('\\', '/')}";
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                await image.SaveAsync(file, format, cancellationToken);
            }

            var variants = await ImageVariants.WriteAsync(image, format, directory, stem, urlFolder, $"{urlFolder}/{name}", cancellationToken);
            return new StoredImage($"{urlFolder}/{name}", image.Width, image.Height, format.DefaultMimeType, new FileInfo(path).Length, variants);
        }
        catch
        {
            Delete($"{urlFolder}/{name}");
            throw;
        }
    }

    // Makes the variants of an image already in the folder (one stored before the library kept
    // them), replacing any left half-made. The file itself was cleaned when it was stored.
    public async Task<StoredImage> RemakeVariantsAsync(string url, CancellationToken cancellationToken)
    {
        var path = PathOf(url) ?? throw new MediaException($"{url} is not in the media folder");
        var directory = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        foreach (var old in Directory.EnumerateFiles(directory, stem + "-*w.*"))
        {
            File.Delete(old);
        }

        await using var file = File.OpenRead(path);
        var format = await ReadAsync(() => Image.DetectFormatAsync(file, cancellationToken));
        file.Position = 0;
        using var image = await ReadAsync(() => Image.LoadAsync(file, cancellationToken));
        var urlFolder = url[..url.LastIndexOf('/')];
        var variants = await ImageVariants.WriteAsync(image, format, directory, stem, urlFolder, url, cancellationToken);
        return new StoredImage(url, image.Width, image.Height, format.DefaultMimeType, new FileInfo(path).Length, variants);
    }

    // Removes a stored image and every variant made from it (they share its server-made stem).
    public void Delete(string url)
    {
        var full = PathOf(url) is { } path ? Path.GetFullPath(path) : null;
        var directory = full is null ? null : Path.GetDirectoryName(full);
        if (full is null || !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !Directory.Exists(directory))
        {
            return;
        }

        var stem = Path.GetFileNameWithoutExtension(full);
        foreach (var file in Directory.EnumerateFiles(directory, stem + ".*").Concat(Directory.EnumerateFiles(directory, stem + "-*w.*")))
        {
            File.Delete(file);
        }
    }

    // The file under Root that a /media/ address names, or null for any other address.
    public string? PathOf(string url) =>
        url.StartsWith(UrlPrefix, StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal)
            ? Path.Combine(Root, url[UrlPrefix.Length..])
            : null;

    // Only to word the refusal: an SVG is refused like any other file that is not a picture.
    private static bool LooksLikeSvg(MemoryStream buffer)
    {
        var head = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)Math.Min(buffer.Length, 4096));
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    // A decoder fed a damaged file fails in many ways (format errors, but also out-of-range and
    // end-of-stream errors from deep inside); all of them mean the same thing to the uploader.
    private static async Task<T> ReadAsync<T>(Func<Task<T>> decode)
    {
        try
        {
            return await decode();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Damaged(ex);
        }
    }

    private static MediaException Damaged(Exception? inner) => new("the image is damaged or truncated and cannot be read", inner);

    private static async Task CopyBoundedAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new MediaException($"the file is larger than {limit / 1024 / 1024} MB", tooLarge: true);
            }

            await to.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        if (total == 0)
        {
            throw new MediaException("the file is empty");
        }
    }
}

public sealed class MediaException(string message, Exception? inner = null, bool tooLarge = false) : Exception(message, inner)
{
    public MediaException(string message, bool tooLarge)
        : this(message, null, tooLarge)
    {
    }

    public bool TooLarge { get; } = tooLarge;
}
