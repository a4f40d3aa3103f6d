using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Byline.Theme;

// "/theme/site.css?v=1a2b3c4d": the address changes with the file, so the file can be cached for a year.
public sealed class AssetFingerprints(ThemeFolder folder)
{
    public const string UrlPrefix = "/theme/";
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    public string Url(string asset) => _urls.GetOrAdd(asset, name =>
    {
        var path = Path.GetFullPath(Path.Combine(folder.Assets, name));
        if (!path.StartsWith(folder.Assets, StringComparison.Ordinal) || !File.Exists(path))
        {
            return UrlPrefix + Uri.EscapeDataString(name);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..12];
        return $"{UrlPrefix}{name}?v={hash}";
    });
}
