namespace Byline.Media;

// The srcset attribute values for a library image: one for the WebP <source>, one for the <img>.
public static class Srcset
{
    public static string? Webp(IReadOnlyList<MediaVariant>? variants) =>
        variants is null || variants.Count == 0 ? null : string.Join(", ", variants.Select(v => $"{v.WebpUrl} {v.Width}w"));

    public static string? Fallback(IReadOnlyList<MediaVariant>? variants) =>
        variants is null || variants.Count == 0 ? null : string.Join(", ", variants.Select(v => $"{v.FallbackUrl} {v.Width}w"));
}
