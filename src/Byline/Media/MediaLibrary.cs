namespace Byline.Media;

// The newsroom's image library over MediaStore: an upload becomes files on disk and a row, or
// neither; an image is found by the address a story points at; and the rules that involve stories
// (alt text before an image leads a story, no deleting an image a story still shows) live here so
// that every screen and API that saves a story applies the same ones.
public sealed class MediaLibrary(BylineDb db, MediaStore store, TimeProvider time)
{
    public long MaxUploadBytes => store.MaxUploadBytes;

    public async Task<MediaAsset> UploadAsync(Stream upload, string? fileName, string? uploadedById, CancellationToken ct)
    {
        var stored = await store.SaveImageAsync(upload, ct);
        var asset = new MediaAsset
        {
            Url = stored.Url,
            FileName = DisplayName(fileName, stored.Url),
            ContentType = stored.ContentType,
            Bytes = stored.Bytes,
            Width = stored.Width,
            Height = stored.Height,
            UploadedById = uploadedById,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            Variants = [.. stored.Variants],
        };
        db.MediaAssets.Add(asset);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no files: an upload that cannot be recorded leaves nothing behind.
            db.Entry(asset).State = EntityState.Detached;
            store.Delete(stored.Url);
            throw;
        }

        return asset;
    }

    public async Task DeleteAsync(MediaAsset asset, CancellationToken ct)
    {
        db.MediaAssets.Remove(asset);
        await db.SaveChangesAsync(ct);
        store.Delete(asset.Url);
    }

    // Why this image may not be deleted: a story shows it, as its featured image or in its body.
    // The server-made name cannot occur by chance, so a plain text search finds every use.
    public async Task<string?> InUseAsync(MediaAsset asset, CancellationToken ct)
    {
        var absolute = "%" + asset.Url;
        var featured = await db.Stories.Where(s => s.FeaturedImage != null && (s.FeaturedImage.Url == asset.Url || EF.Functions.Like(s.FeaturedImage.Url, absolute)))
            .OrderBy(s => s.Id).Select(s => s.Headline).FirstOrDefaultAsync(ct);
        if (featured is not null)
        {
            return $"is the featured image of the story “{featured}”";
        }

        var inside = "%" + asset.Url + "%";
        var body = await db.Stories.Where(s => EF.Functions.Like(s.BodyMarkdown, inside))
            .OrderBy(s => s.Id).Select(s => s.Headline).FirstOrDefaultAsync(ct);
        return body is null ? null : $"is shown in the body of the story “{body}”";
    }

    public async Task<MediaAsset?> FindAsync(string? url, CancellationToken ct) =>
        LocalPath(url) is { } path ? await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(a => a.Url == path, ct) : null;

    // An image may lead a story only with alt text, for readers who cannot see it: the story's own,
    // or else the library's for that image. Returns the image as it should be saved (the library's
    // alt filled in, and the site-relative address of a library image, so reader pages find its
    // variants); throws when neither has alt text. Images from elsewhere are the writer's to describe.
    public async Task<FeaturedImage?> RequireAltTextAsync(FeaturedImage? image, CancellationToken ct)
    {
        if (image is null || await FindAsync(image.Url, ct) is not { } asset)
        {
            return image;
        }

        var alt = string.IsNullOrWhiteSpace(image.Alt) ? asset.Alt : image.Alt;
        if (string.IsNullOrWhiteSpace(alt))
        {
            throw new MediaException($"The featured image \"{asset.FileName}\" has no alt text. Describe it in the media library, or give the story's featured image alt text.");
        }

        return new FeaturedImage { Url = asset.Url, Alt = alt.Trim(), Caption = image.Caption ?? asset.Caption, Credit = image.Credit ?? asset.Credit };
    }

    // "/media/..." for an address of the library, written site-relative or absolute; null otherwise.
    public static string? LocalPath(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var path = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url
            : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath
            : null;
        return path is not null && path.StartsWith(MediaStore.UrlPrefix, StringComparison.Ordinal) ? path : null;
    }

    // Shown and searched, never used as a path: the last part of what the browser sent, without
    // control characters, cut to the column's length.
    public static string DisplayName(string? fileName, string url)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = Path.GetFileName(url);
        }

        return name.Length <= 255 ? name : name[..255];
    }
}
