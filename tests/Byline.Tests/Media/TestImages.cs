using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Byline.Tests.Media;

// Pictures made in the test, so each carries exactly what the test is about (a GPS position, a
// second frame); no camera file of anyone's is checked in.
public static class TestImages
{
    public static byte[] PhotoWithLocation(int width = 2400, int height = 1600)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(40, 90, 160));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(3, 1), new Rational(8, 1), new Rational(0, 1)]);
        image.Metadata.ExifProfile.SetValue(ExifTag.Artist, "Secret Source Name");
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 60, 60, 128));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static byte[] AnimatedGif()
    {
        using var gif = new Image<Rgba32>(600, 400, new Rgba32(255, 0, 0));
        using var second = new Image<Rgba32>(600, 400, new Rgba32(0, 0, 255));
        gif.Frames.AddFrame(second.Frames.RootFrame);
        gif.Metadata.GetGifMetadata().RepeatCount = 0;
        using var stream = new MemoryStream();
        gif.SaveAsGif(stream);
        return stream.ToArray();
    }
}
