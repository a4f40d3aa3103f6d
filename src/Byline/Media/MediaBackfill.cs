using System.Text.RegularExpressions;

namespace Byline.Media;

// Brings the images already in the media folder into the library: a row for each original that has
// none (uploaded before the library kept rows), and variants for each still image without them.
// Only files named the way MediaStore names them are taken; a second run finds nothing to do.
public sealed partial class MediaBackfill(BylineDb db, MediaStore store, TimeProvider time)
{
    public sealed record Outcome(int Added, int Completed, IReadOnlyList<string> Failed);

    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        var known = await db.MediaAssets.ToDictionaryAsync(a => a.Url, ct);
        var (added, completed, failed) = (0, 0, new List<string>());
        var files = Directory.Exists(store.Root) ? Directory.EnumerateFiles(store.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var path in files.Where(f => Original().IsMatch(Path.GetFileName(f))))
        {
            var url = MediaStore.UrlPrefix + Path.GetRelativePath(store.Root, path).Replace('\\', '/');
            known.TryGetValue(url, out var asset);
            if (asset is not null && (asset.Variants.Count > 0 || asset.ContentType == "image/gif"))
            {
                continue;
            }

            StoredImage image;
            try
            {
                image = await store.RemakeVariantsAsync(url, ct);
            }
            catch (MediaException ex)
            {
                failed.Add($"{url}: {ex.Message}");
                continue;
            }

            if (asset is null)
            {
                db.MediaAssets.Add(new MediaAsset
                {
                    Url = url,
                    FileName = Path.GetFileName(path),
                    ContentType = image.ContentType,
                    Bytes = image.Bytes,
                    Width = image.Width,
                    Height = image.Height,
                    UploadedAt = File.GetLastWriteTimeUtc(path) is var at && at.Year > 2000 ? at : time.GetUtcNow().UtcDateTime,
                    Variants = [.. image.Variants],
                });
                added++;
            }
            else
            {
                asset.Variants = [.. image.Variants];
                completed++;
            }

            await db.SaveChangesAsync(ct);
        }

        return new Outcome(added, completed, failed);
    }

    [GeneratedRegex(@"^[0-9a-f]{24}\.(jpg|png|gif|webp)$")]
    private static partial Regex Original();
}
