using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Byline.Media;

// The smaller copies a reader's browser picks from (srcset), made once at upload and never on a
// request: each width below the original's in WebP, and the same width in a format every browser
// shows (JPEG for photographs, PNG for PNG and still GIF, whose transparency JPEG would lose). The
// original's own width gets a WebP too, so a wide screen is not left with only the heavier file.
// Animated images get no variants: a resized still would silently stop the animation for everyone
// on a WebP browser, and resizing every frame at upload costs more than the small saving is worth;
// the original is served as it came.
public static class ImageVariants
{
    public static readonly int[] Widths = [320, 640, 960, 1280, 1920];

    public static async Task<List<MediaVariant>> WriteAsync(Image image, IImageFormat format, string folder, string stem, string urlFolder, string originalUrl, CancellationToken ct)
    {
        var variants = new List<MediaVariant>();
        if (image.Frames.Count > 1)
        {
            return variants;
        }

        var (fallbackExtension, fallbackEncoder) = Fallback(format);
        foreach (var width in Widths.Where(w => w < image.Width).Append(image.Width).Where(w => w <= Widths[^1]))
        {
            var height = Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width));
            using var copy = width == image.Width ? image.Clone(_ => { }) : image.Clone(x => x.Resize(width, height, KnownResamplers.Lanczos3));
            var webp = $"{stem}-{width}w.webp";
            await SaveAsync(copy, Path.Combine(folder, webp), new WebpEncoder { Quality = 80, FileFormat = WebpFileFormatType.Lossy }, ct);

            var fallbackUrl = originalUrl;
            if (width != image.Width)
            {
                if (fallbackEncoder is JpegEncoder)
                {
                    copy.Mutate(x => x.BackgroundColor(Color.White));
                }

                var fallback = $"{stem}-{width}w.{fallbackExtension}";
                await SaveAsync(copy, Path.Combine(folder, fallback), fallbackEncoder, ct);
                fallbackUrl = $"{urlFolder}/{fallback}";
            }

            variants.Add(new MediaVariant(width, height, $"{urlFolder}/{webp}", fallbackUrl));
        }

        return variants;
    }

    private static (string Extension, IImageEncoder Encoder) Fallback(IImageFormat format) =>
        format == PngFormat.Instance || format == SixLabors.ImageSharp.Formats.Gif.GifFormat.Instance
            ? ("png", new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression })
            : ("jpg", new JpegEncoder { Quality = 82 });

    // The copies come from a picture whose metadata was already removed; clear it again so that no
    // encoder default (or a later change upstream) can bring an EXIF or ICC block back.
    private static async Task SaveAsync(Image image, string path, IImageEncoder encoder, CancellationToken ct)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await image.SaveAsync(file, encoder, ct);
    }
}
